"""Works named in a note's prose by their kind and their writer, with details after the
title (`citecheck/extract/note_kind_writers.py`): German "Bergers Studie *…* (Berlin
1990)" and "so Berger in seinem Aufsatz „…“, in: …", Greek "ο Παπαδόπουλος στο άρθρο του
«…», *…* 12 (1999)" and "το βιβλίο του Γιάννη Παπαδόπουλου *…*, Κέδρος, Αθήνα 1980",
English "made in Pellow's *…* (Boston: Harbor, 1990)". Half the rows or more are
negatives: determiners and papers in a writer's place, bare years, no details, the book an
introduction or a review is of. Writers and titles are invented."""

from __future__ import annotations

import pytest

from tests.note_tables import one_note_readings, surnames_read, web_copy, work

READINGS = [
    # a German writer's genitive before the kind of work
    ("Vgl. Bergers Studie *Der Regen* (Berlin 1990), S. 4.", [work("Berger", "Der Regen", "1990")]),
    ("Vgl. Hans Bergers Buch *Der Regen*, Berlin: Dietz 1990, S. 4.", [work("Berger", "Der Regen", "1990")]),
    ("Ferner Kautz’ Schrift „Zur Regenfrage“, in: Wetterhefte 2 (1911), S. 3.", [work("Kautz", "Zur Regenfrage", "1911")]),
    # the sentence's subject, "in seinem/ihrem" and the kind
    ("So Berger in seinem Aufsatz „Der Regen“, in: Wetterhefte 12 (1999), S. 3.", [work("Berger", "Der Regen", "1999")]),
    ("So argumentiert Hans Berger in seinem Buch *Der Regen* (Berlin: Dietz, 1990), S. 4.", [work("Berger", "Der Regen", "1990")]),
    # Greek: the subject and "στο <kind> του"; "το <kind> του" and a given name's genitive
    ("Όπως σημειώνει ο Γιάννης Παπαδόπουλος στο άρθρο του «Η βροχή», *Νέα Εστία* 12 (1999), σ. 3.", [work("Παπαδόπουλος", "Η βροχή", "1999")]),
    ("Η Παπαδάκη δείχνει στη μελέτη της «Η βροχή», *Νέα Εστία* 12 (1999), σ. 3.", [work("Παπαδάκη", "Η βροχή", "1999")]),
    ("Βλ. το βιβλίο του Γιάννη Παπαδόπουλου *Η βροχή*, Κέδρος, Αθήνα 1980, σελ. 4.", [work("Παπαδόπουλου", "Η βροχή", "1980")]),
    # English: a surname's possessive inside a sentence
    ("The point is made in Pellow's *Essays on Rain* (Boston: Harbor, 1990), 45.", [work("Pellow", "Essays on Rain", "1990")]),
    ("This draws on Vale's essay “The Long Rain,” *Weather Review* 34, no. 4 (2008): 645–59.", [work("Vale", "The Long Rain", "2008")]),
    ("For the background, Vale's *The Long Rain* (London: Verso, 2001) is indispensable.", [work("Vale", "The Long Rain", "2001")]),
    # the subject and a bare "in"/"στο", or a bracket after the subject; "bei" and a surname
    ("Dies betont auch Berger in *Der Regen*, Berlin 1990, S. 4.", [work("Berger", "Der Regen", "1990")]),
    ("Berger (*Der Regen*, Berlin 1990, S. 4) zeigt, dass es regnet.", [work("Berger", "Der Regen", "1990")]),
    ("Die Formulierung findet sich bei Berger, *Der Regen*, Berlin 1990, S. 4.", [work("Berger", "Der Regen", "1990")]),
    ("Το ζήτημα εξετάζει ο Παπαδόπουλος στο *Η βροχή*, Κέδρος, Αθήνα 1980, σ. 4.", [work("Παπαδόπουλος", "Η βροχή", "1980")]),
    ("Ο Παπαδόπουλος (*Η βροχή*, Αθήνα 1980, σ. 4) υποστηρίζει ότι βρέχει.", [work("Παπαδόπουλος", "Η βροχή", "1980")]),
    ("Το βιβλίο του Παπαδόπουλου (*Η βροχή*, Αθήνα 1980) είναι βασικό.", [work("Παπαδόπουλου", "Η βροχή", "1980")]),
    # where it was printed: "abgedruckt in:", "erschien unter dem Titel"
    ("Das Zitat stammt aus Bergers Vortrag „Der Regen“, abgedruckt in: Wetterhefte 12 (1999), S. 3–9.", [work("Berger", "Der Regen", "1999")]),
    ("Bergers Vortrag erschien später unter dem Titel „Der Regen“ in: Wetterhefte 12 (1999), S. 3–9.", [work("Berger", "Der Regen", "1999")]),
    ("The reference is to Vale's essay “The Long Rain,” *Weather Review* 34, no. 4 (2008): 645–59.", [work("Vale", "The Long Rain", "2008")]),
    ("Την ιστορία αφηγείται ο Γ. Παπαδόπουλος στα απομνημονεύματά του (*Η βροχή*, Αθήνα: Κέδρος, 1980, σ. 4).", [work("Παπαδόπουλος", "Η βροχή", "1980")]),
    # a collection with its editor in a bracket after the title
    ("Βλ. τον συλλογικό τόμο *Η βροχή* (επιμ. Γ. Παπαδόπουλος – Μ. Παπαδάκη), Αθήνα: Κέδρος, 1980, σ. 4.", [work("Παπαδόπουλος", "Η βροχή", "1980")]),
    ("See the collection *The Long Rain* (ed. Tom Vale), London: Verso, 2001.", [work("Vale", "The Long Rain", "2001")]),
    # an interview: the interviewee first (Chicago 14.219)
    ("See Tom Vale, interview by Ann Rusk, “The Long Rain,” *Rain Blog*, March 3, 2015, https://example.org/rain.", [work("Vale", "The Long Rain", "2015")]),
    ("See the interview with Vale by Ann Rusk and Bo Kern, conducted in Paris on May 4, 2007, “The Long Rain,” *Weather Review* 34, no. 4 (2008), 645–59.", [work("Vale/Rusk/Kern", "The Long Rain", "2008")]),
    # negatives: no writer, or not this one
    ("Dieses Buch *Der Regen* (Berlin 1990) ist grundlegend.", []),
    ("Die Partei in ihrem Programm „Der Regen“ (Berlin 1990) fordert mehr.", []),
    ("So Berger in seinem Buch *Der Regen* (1990).", []),
    ("So Berger in seinem Buch *Der Regen*.", []),
    ("So Berger in seinem Vortrag in Berlin 1990.", []),
    ("Bergers Buch über den Regen ist grundlegend (Berlin 1990).", []),
    ("Vgl. Bergers Buch, Berlin 1990, S. 4.", []),
    ("Der Spiegel schreibt in seinem Artikel „Der Regen“, in: Der Spiegel, 3.5.1999, S. 8.", []),
    ("Η Καθημερινή στο άρθρο της «Η βροχή», 3.5.1999.", []),
    ("Βλ. το κύριο άρθρο του Ριζοσπάστη «Η βροχή», 3.5.1999.", []),
    ("Ο Παπαδόπουλος στο βιβλίο του *Η βροχή* (1980) γράφει ότι βρέχει.", []),
    ("Ο Παπαδόπουλος στο βιβλίο του για τη βροχή, Αθήνα 1980.", []),
    ("Το άρθρο του Παπαδόπουλου «Η βροχή» δεν έχει δημοσιευτεί.", []),
    ("See the Guardian's “The Long Rain,” *Guardian*, May 4, 1990.", []),
    ("It was London's *The Long Rain* (London: Verso, 2001) that sold.", []),
    # an introduction by another hand is cited under its writer (Chicago 14.110), never
    # under the book's: `note_prose_editions`
    ("As Jane Doe put it in her introduction to Vale's *The Long Rain* (London: Verso, 2001), 12.", [work("Doe", "The Long Rain", "2001")]),
    ("As Jane Doe put it in her introduction to the volume, 12.", []),
    ("Die Partei (*Der Regen*, Berlin 1990) fordert mehr.", []),
    ("Die Formulierung findet sich bei Berlin, *Der Regen*, Berlin 1990, S. 4.", []),
    ("Die Formulierung findet sich bei Berger, *Der Regen* (1990).", []),
    ("Berger erschien später unter dem Titel „Der Regen“.", []),
    ("Η Αυγή (*Η βροχή*, Αθήνα 1980) γράφει ότι βρέχει.", []),
    ("Ο Παπαδόπουλος στο *Η βροχή* γράφει ότι βρέχει.", []),
    ("Bergers Vortrag erschien 1990 in Berlin.", []),
    ("The reference is to Vale's essay on the rain.", []),
    ("Vale (in Berlin, Paris 1990) was there.", []),
    ("Βλ. τον συλλογικό τόμο *Η βροχή* (επιμ. Γ. Παπαδόπουλος).", []),
    ("See the collection *The Long Rain* (ed. Tom Vale).", []),
    ("See the interview with London by Ann Rusk, conducted in Paris, “The Long Rain.”", []),
    ("Tom Vale, interview by the editors, about the long rain.", []),
    ("Η μετάφραση του Γ. Παπαδόπουλου στο ίδιο (Αθήνα 1980) είναι καλή.", []),
]  # fmt: skip


@pytest.mark.parametrize(("note", "readings"), READINGS, ids=[r[0][:50] for r in READINGS])
def test_kind_writer_readings(note: str, readings: list) -> None:
    assert one_note_readings(note) == readings


# The web copy (italics lost) reads alike where the details end the title (an imprint's
# bracket, a place and a year, "in:", or a quoted title) and a kind of work or a possessive
# starts it; after a bare "in"/"στο", a comma or in a bracket a plain capital opens many
# things ("in New York, May 1990", "στο Συνέδριο της πόλης, Αθήνα 2010"), so those are read
# only with the title marked.
MARKED_ONLY = {
    "Το ζήτημα εξετάζει ο Παπαδόπουλος στο *Η βροχή*, Κέδρος, Αθήνα 1980, σ. 4.",
    "Dies betont auch Berger in *Der Regen*, Berlin 1990, S. 4.",
    "Berger (*Der Regen*, Berlin 1990, S. 4) zeigt, dass es regnet.",
    "Die Formulierung findet sich bei Berger, *Der Regen*, Berlin 1990, S. 4.",
    "Ο Παπαδόπουλος (*Η βροχή*, Αθήνα 1980, σ. 4) υποστηρίζει ότι βρέχει.",
    "Το βιβλίο του Παπαδόπουλου (*Η βροχή*, Αθήνα 1980) είναι βασικό.",
    "Βλ. τον συλλογικό τόμο *Η βροχή* (επιμ. Γ. Παπαδόπουλος – Μ. Παπαδάκη), Αθήνα: Κέδρος, 1980, σ. 4.",
    "See the collection *The Long Rain* (ed. Tom Vale), London: Verso, 2001.",
}
WEB = [note for note, readings in READINGS if readings and note not in MARKED_ONLY]


@pytest.mark.parametrize("note", WEB, ids=[n[:50] for n in WEB])
def test_the_web_copy_reads_alike(note: str) -> None:
    assert one_note_readings(web_copy(note)) == one_note_readings(note)


# Never a writer: a kind word, a determiner, a paper, a place, the book an introduction or
# a review is of.
NEVER = [
    ("Vgl. Bergers Studie *Der Regen* (Berlin 1990), S. 4.", "Studie"),
    ("Vgl. Hegels Werk *Die Regenlehre* (Berlin 1832).", "Werk"),
    ("Dieses Buch *Der Regen* (Berlin 1990) ist grundlegend.", "Diese"),
    ("Vgl. den Artikel des Spiegels „Der Regen“, in: Der Spiegel, 3.5.1999, S. 8.", "Spiegel"),
    ("Βλ. το βιβλίο του Γιάννη Παπαδόπουλου *Η βροχή*, Κέδρος, Αθήνα 1980, σελ. 4.", "Γιάννη"),
    ("Η Αυγή στο άρθρο της «Η βροχή», 3.5.1999.", "Αυγή"),
    ("As Jane Doe put it in her introduction to Vale's *The Long Rain* (London: Verso, 2001), 12.", "Vale"),
    ("See Rose's review of Vale's *The Long Rain* (London: Verso, 2001) in *Weather Review* 34, no. 4 (2008).", "Vale"),
    ("Vgl. den Sammelband *Der Regen* (übers. v. Eva Kranz), Berlin 1990, S. 4.", "Kranz"),
    ("See the collection *The Long Rain* (ed. Verso Books), London: Verso, 2001.", "Books"),
]  # fmt: skip


@pytest.mark.parametrize(("note", "surname"), NEVER, ids=[r[0][:50] for r in NEVER])
def test_never_a_writer(note: str, surname: str) -> None:
    assert surname not in surnames_read(note)
    assert surname not in surnames_read(web_copy(note))


def test_half_the_rows_or_more_are_negatives() -> None:
    negatives = sum(1 for _, readings in READINGS if not readings)
    assert 2 * negatives >= len(READINGS)
