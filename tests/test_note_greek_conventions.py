"""Issue 11: the conventions of Greek academic footnotes not yet read, shape by shape.

Constructed rows written for this table (no corpus text; the authors and titles are
invented), from the habits of Greek journals, theses and translations: the surname first
with the full given name ("Καραμπέτσος Νικόλαος, …", as a catalogue or a thesis's
bibliography writes it), told from the given-name-first order by the given names a reader
knows and the surname's endings; three authors written surname first; "(επιμέλεια)" after
an editor; the genitive idem "Του ιδίου" / "Της ιδίας"; "Πρβλ. και" and "βλ." inside a
sentence before a plain title and an open imprint ("Αθήνα: Νήσος 1978"); "ό. π." and
"όπ. π." with their letters spaced; two works joined by "και" with no comma (Greek puts
none); the author-date entries of APA, which Greek theses use ("Καραμπέτσος, Ν. (2000). Ο
ιστορικός χαρακτήρας. Αθήνα: Κριτική."); access dates ("ανάκτηση", "προσπελάστηκε") that
never give the year.

Half the rows or more are negatives: a place, a publisher, a journal or a newspaper before a
year, a place named after a saint ("Αγία Παρασκευή"), an editor's or translator's mark
with no work, a page, a quantity, a date, prose naming a person and a year: no reading,
and no author-year citation either. Each row is one note: (form, surnames, title, year)."""

from __future__ import annotations

import pytest

from citecheck.extract import build_manuscript
from citecheck.readers import read_bytes
from tests.note_tables import last_note_readings, surnames_read
from tests.test_note_citation_rules import manuscript
from tests.test_note_greek_full_forms import readings

Reading = tuple[str, tuple[str, ...], str, str]


def full(surnames: str, title: str, year: str = "") -> Reading:
    return ("full", tuple(surnames.split("/")) if surnames else (), title, year)


IBID: Reading = ("ibid", (), "", "")
IDEM: Reading = ("idem", (), "", "")

T = "Ο ιστορικός χαρακτήρας"
K = "Η κρίση της πόλης"

# (class, note, readings)
CASES: list[tuple[str, str, list[Reading]]] = [
    # the surname first, the given name written out
    (
        "surname-given: a man's given name after the surname",
        f"Καραμπέτσος Νικόλαος, {T}, Αθήνα: Κριτική 2000, σ. 12.",
        [full("Καραμπέτσος", T, "2000")],
    ),
    (
        "surname-given: a woman's surname in the genitive and her given name",
        f"Παπαδάκη Ελένη, {K}, Αθήνα: Νήσος 2005, σ. 4.",
        [full("Παπαδάκη", K, "2005")],
    ),
    (
        "surname-given: an article in a journal",
        f"Βελισσάρης Παύλος, «{K}», περιοδικό Θέσεις, τχ. 12, 1985, σσ. 3-20.",
        [full("Βελισσάρης", K, "1985")],
    ),
    (
        "surname-given: the year in brackets after the names",
        f"Καραμπέτσος Νικόλαος (2000), {T}, Αθήνα: Κριτική.",
        [full("Καραμπέτσος", T, "2000")],
    ),
    (
        "surname-given: an everyday given name (Γιάννης)",
        f"Σωτηρόπουλος Γιάννης, {K}, Εκδόσεις Νήσος, Αθήνα 2005.",
        [full("Σωτηρόπουλος", K, "2005")],
    ),
    (
        "surname-given: a surname's ending (-όπουλος) and a given name no list holds",
        f"Καραγιαννόπουλος Ξενοκράτης, {K}, Αθήνα: Νήσος 2005.",
        [full("Καραγιαννόπουλος", K, "2005")],
    ),
    (
        "surname-given: the given name first stays so",
        f"Νικόλαος Καραμπέτσος, {T}, Αθήνα: Κριτική 2000.",
        [full("Καραμπέτσος", T, "2000")],
    ),
    (
        "surname-given: an editor",
        f"Σωτηρόπουλος Δημήτρης (επιμ.), {K}, Αθήνα: Νήσος 2005.",
        [full("Σωτηρόπουλος", K, "2005")],
    ),
    (
        "surname-given: two persons joined by a dash",
        f"Καραμπέτσος Νικόλαος – Σωτηρόπουλος Δημήτρης, {T}, Αθήνα: Κριτική 2000.",
        [full("Καραμπέτσος/Σωτηρόπουλος", T, "2000")],
    ),
    (
        "surname-given: two persons joined by και",
        f"Καραμπέτσος Νικόλαος και Παπαδάκη Ελένη, {T}, Αθήνα: Κριτική 2000.",
        [full("Καραμπέτσος/Παπαδάκη", T, "2000")],
    ),
    (
        "surname-given: two persons, the given names first, stay so",
        f"Νικόλαος Καραμπέτσος και Ελένη Παπαδάκη, {T}, Αθήνα: Κριτική 2000.",
        [full("Καραμπέτσος/Παπαδάκη", T, "2000")],
    ),
    (
        "negative surname-given: two places joined by a dash and a year",
        "Αγία Παρασκευή – Άγιος Νικόλαος, 1998, σ. 4.",
        [],
    ),
    (
        "negative surname-given: a place named after a saint, a publisher and a year",
        "Αγία Παρασκευή, Κριτική, 2000.",
        [],
    ),
    ("negative surname-given: a saint's place and a page", "Άγιος Νικόλαος, σ. 4.", []),
    ("negative surname-given: a person and a page only", "Παπαδάκη Ελένη, σ. 12.", []),
    (
        "negative surname-given: a person and a year only (author-date)",
        "Παπαδάκη Ελένη (2000), σ. 12.",
        [],
    ),
    ("negative surname-given: Εκδόσεις and a place", "Εκδόσεις Νήσος, Αθήνα 2005.", []),
    ("negative surname-given: a place, a colon, a publisher", "Αθήνα: Κριτική 2000.", []),
    (
        "negative surname-given: prose with a person and a year",
        "Το 1978 ο Καραμπέτσος Νικόλαος έγραψε για την κρίση.",
        [],
    ),
    # more than two authors written surname first
    (
        "authors: three surname first joined by dashes",
        f"Καραμπέτσος Ν. – Σωτηρόπουλος Δ. – Βελισσάρης Π., {T}, Αθήνα: Κριτική 2000.",
        [full("Καραμπέτσος/Σωτηρόπουλος/Βελισσάρης", T, "2000")],
    ),
    (
        "authors: three surname first joined by commas",
        f"Καραμπέτσος Ν., Σωτηρόπουλος Δ., Βελισσάρης Π., {T}, Αθήνα: Κριτική 2000.",
        [full("Καραμπέτσος/Σωτηρόπουλος/Βελισσάρης", T, "2000")],
    ),
    (
        "authors: three surname first, commas and και",
        f"Καραμπέτσος Ν., Σωτηρόπουλος Δ. και Βελισσάρης Π., {T}, Αθήνα: Κριτική 2000.",
        [full("Καραμπέτσος/Σωτηρόπουλος/Βελισσάρης", T, "2000")],
    ),
    (
        "negative authors: three places, a colon and a publisher",
        "Αθήνα – Θεσσαλονίκη – Πάτρα: Κριτική 1998, σ. 4.",
        [],
    ),
    ("negative authors: three publishers and a year", "Κριτική, Νήσος, Θεμέλιο, 2000.", []),
    # the editor's word written out in brackets
    (
        "editor: (επιμέλεια) after initials and the surname",
        f"Δ. Σωτηρόπουλος (επιμέλεια), {K}, Αθήνα: Νήσος 2005.",
        [full("Σωτηρόπουλος", K, "2005")],
    ),
    (
        "editor: (επιμέλεια) after the surname and its initial",
        f"Σωτηρόπουλος Δ. (επιμέλεια), {K}, Αθήνα: Νήσος 2005.",
        [full("Σωτηρόπουλος", K, "2005")],
    ),
    (
        "negative editor: επιμέλεια, a person and an imprint",
        "επιμέλεια Π. Βελισσάρης, Αθήνα: Νήσος 2005.",
        [],
    ),
    ("negative editor: (επιμέλεια) and an imprint", "(επιμέλεια), Αθήνα: Νήσος 2005.", []),
    # the genitive idem
    # the work after it is read; with no writer before it (a note alone), it has none
    ("idem: Του ιδίου (by the same)", f"Του ιδίου, {K}, Αθήνα: Νήσος 2005.", [full("", K, "2005")]),
    (
        "idem: Της ιδίας (by the same, a woman)",
        f"Της ιδίας, «{K}», Θέσεις, τχ. 12, 1985.",
        [full("", K, "1985")],
    ),
    (
        "idem: Του ίδιου (the modern accent)",
        f"Του ίδιου, {K}, Αθήνα: Νήσος 2005.",
        [full("", K, "2005")],
    ),
    (
        "negative idem: prose after Του ιδίου (no comma)",
        "Του ιδίου του Καραμπέτσου η κρίση, 1978.",
        [],
    ),
    ("negative idem: a place in the genitive and a year", "Της Αθήνας, 1978.", []),
    # cues before a plain title and an open imprint
    (
        "cue: βλ. inside a sentence, a plain title and Αθήνα: Νήσος 1978",
        f"Για το ζήτημα αυτό, βλ. Ν. Καραμπέτσος, {T}, Αθήνα: Νήσος 1978.",
        [full("Καραμπέτσος", T, "1978")],
    ),
    (
        "cue: βλ. after a phrase with no comma",
        f"Για μια κριτική βλ. Ν. Καραμπέτσος, {T}, Αθήνα: Νήσος 1978, σ. 5.",
        [full("Καραμπέτσος", T, "1978")],
    ),
    (
        "cue: Πρβλ. και (compare also)",
        f"Πρβλ. και Ν. Καραμπέτσος, {T}, Αθήνα: Νήσος 1978.",
        [full("Καραμπέτσος", T, "1978")],
    ),
    (
        "negative cue: βλ. inside a sentence, a place, a colon, a publisher",
        "Για το ζήτημα αυτό βλ. Αθήνα: Νήσος 1978.",
        [],
    ),
    (
        "negative cue: βλ. his book, an imprint",
        "Για το ζήτημα αυτό βλ. το βιβλίο του, Αθήνα: Νήσος 1978.",
        [],
    ),
    ("negative cue: Πρβλ. και a publisher", "Πρβλ. και Εκδόσεις Νήσος, Αθήνα 1978.", []),
    # op. cit. with its letters spaced
    ("op. cit.: ό. π. alone with a page", "ό. π., σ. 12.", [("op-cit", (), "", "")]),
    ("op. cit.: Όπ. π. with a page", "Όπ. π., σ. 12.", [("op-cit", (), "", "")]),
    (
        "op. cit.: a surname and ό. π.",
        "Καραμπέτσος, ό. π., σ. 12.",
        [("op-cit", ("Καραμπέτσος",), "", "")],
    ),
    ("negative op. cit.: όπως in prose and a page", "όπως είδαμε, σ. 12.", []),
    ("negative op. cit.: prose with ο. and a page", "Ο πληθυσμός της πόλης, σ. 12.", []),
    (
        "op. cit.: a surname after βλ. inside a sentence",
        "Για το ζήτημα, βλ. Σωτηρόπουλος, ό.π., σ. 12.",
        [("op-cit", ("Σωτηρόπουλος",), "", "")],
    ),
    (
        "op. cit.: Όπως σημειώνει ο (as … notes) and a surname",
        "Όπως σημειώνει ο Σωτηρόπουλος, ό.π., σ. 12.",
        [("op-cit", ("Σωτηρόπουλος",), "", "")],
    ),
    (
        "op. cit.: a writer in prose after the article, ό.π. in brackets",
        "Το ίδιο υποστηρίζει ο Δ. Σωτηρόπουλος (ό.π., σ. 12).",
        [("op-cit", ("Σωτηρόπουλος",), "", "")],
    ),
    (
        "op. cit.: English, a surname after see inside a sentence",
        "On this, see Hollis, op. cit., p. 12.",
        [("op-cit", ("Hollis",), "", "")],
    ),
    ("negative op. cit.: a place after βλ. and a page", "Για τα στοιχεία, βλ. Αθήνα, σ. 12.", []),
    ("negative op. cit.: a place after see and a page", "For the figures, see Paris, p. 12.", []),
    ("negative op. cit.: a person in prose, no ό.π.", "Ο Σωτηρόπουλος έγραψε το 1978, σ. 4.", []),
    ("negative op. cit.: a title in prose and ό.π.", "Το Κεφάλαιο, ό.π., σ. 12.", []),
    # two works joined by και with no comma
    (
        "two works: a page, και, a person and a plain title",
        f"Βλ. Ν. Καραμπέτσος, {T}, ό.π., σ. 12 και Δ. Σωτηρόπουλος, {K}, Αθήνα: Κριτική 2005.",
        [("op-cit", ("Καραμπέτσος",), T, ""), full("Σωτηρόπουλος", K, "2005")],
    ),
    (
        "two works: a year, και, a surname first and a title in guillemets",
        f"Βλ. Ν. Καραμπέτσος, {T}, Αθήνα: Νήσος 1978 και Σωτηρόπουλος Δ., «{K}», Θέσεις, "
        "τχ. 12, 1985.",
        [full("Καραμπέτσος", T, "1978"), full("Σωτηρόπουλος", K, "1985")],
    ),
    (
        "negative two works: two imprints joined by και",
        "Εκδόσεις Κέδρος, Αθήνα 1978 και Θεμέλιο, Αθήνα 1985.",
        [],
    ),
    (
        "negative two works: a year, και, a place and a publisher",
        "Ο πληθυσμός έφτασε τα 12.000 το 1978 και Αθήνα, Κέδρος.",
        [],
    ),
    # author-date entries with full stops (APA)
    (
        "author-date: an inverted name, (2000). and the imprint's own sentence",
        f"Καραμπέτσος, Ν. (2000). {T}. Αθήνα: Κριτική.",
        [full("Καραμπέτσος", T, "2000")],
    ),
    (
        "author-date: the initial first",
        f"Ν. Καραμπέτσος (2000). {T}. Αθήνα: Κριτική.",
        [full("Καραμπέτσος", T, "2000")],
    ),
    (
        "author-date: the surname first, its initial after",
        f"Καραμπέτσος Ν. (2000). {T}. Αθήνα: Κριτική.",
        [full("Καραμπέτσος", T, "2000")],
    ),
    (
        "author-date: the surname first, the given name after",
        f"Καραμπέτσος Νικόλαος (2000). {T}. Αθήνα: Κριτική.",
        [full("Καραμπέτσος", T, "2000")],
    ),
    (
        "negative author-date: a saint's place, its year and a title",
        f"Άγιος Δημήτριος (2000), {T}, Αθήνα: Κριτική.",
        [],
    ),
    (
        "negative author-date: a saint's place, its year and the imprint's sentence",
        f"Αγία Παρασκευή (2000). {T}. Αθήνα: Κριτική.",
        [],
    ),
    ("negative author-date: two words of a place", "Νέα Υόρκη (1999). Θέσεις 3: 4.", []),
    ("negative author-date: a surname, its year, a page", "Καραμπέτσος Ν. (2000), σ. 12.", []),
    (
        "negative author-date: a publisher, its year, a place",
        "Εκδόσεις Νήσος (2005). Αθήνα: Κριτική.",
        [],
    ),
    # the kind of work after a plain title: a thesis, a paper
    (
        "kind: an unpublished doctoral thesis after a plain title",
        f"Καραμπέτσος Ν., {T}, αδημοσίευτη διδακτορική διατριβή, Πάντειο Πανεπιστήμιο, Αθήνα 2000.",
        [full("Καραμπέτσος", T, "2000")],
    ),
    (
        "kind: a master's thesis after a plain title",
        f"Καραμπέτσος Ν., {T}, μεταπτυχιακή εργασία, Αθήνα 2000.",
        [full("Καραμπέτσος", T, "2000")],
    ),
    (
        "kind: a newspaper after εφ.",
        f"Καραμπέτσος Ν., «{T}», εφ. Η Αυγή, 12/3/1990.",
        [full("Καραμπέτσος", T, "1990")],
    ),
    ("negative kind: a thesis, a university and a year", "διδακτορική διατριβή, Αθήνα 2000.", []),
    ("negative kind: εφ. and a date", "εφ. Η Αυγή, 12/3/1990, σ. 4.", []),
    # the writer in the genitive after a plain title (a web copy drops the title's marks)
    (
        "genitive: του and an initial after a plain title",
        "Για τη θεωρία του Λ. Ντάροου, Γναρδ, Αθήνα 1978.",
        [full("Ντάροου", "Για τη θεωρία", "1978")],
    ),
    (
        "genitive: της and a given name after a plain title",
        "Για την πόλη της Ελένης Παπαδάκη, Νήσος, Αθήνα 2005.",
        [full("Παπαδάκη", "Για την πόλη", "2005")],
    ),
    (
        "negative genitive: a place in the genitive after a plain title",
        "Η ιστορία της Θεσσαλονίκης, Κέδρος, Αθήνα 1978.",
        [],
    ),
    (
        "negative genitive: a surname alone in the genitive",
        "Η σκέψη του Μαρξ, Κέδρος, Αθήνα 1978.",
        [],
    ),
    # a writer in prose, "στο" and a plain title in sentence case (a web copy)
    (
        "prose: Όπως … ο … στο, a plain title and an open imprint",
        "Όπως υποστηρίζει ο Μπαντιού στο Η κομμουνιστική υπόθεση, Πατάκης, Αθήνα 2010, σ. 12.",
        [full("Μπαντιού", "Η κομμουνιστική υπόθεση", "2010")],
    ),
    (
        "prose: Όπως … ο … στο, a plain title and a bracketed imprint",
        "Όπως υποστηρίζει ο Μπαντιού στο Η κομμουνιστική υπόθεση (Αθήνα: Πατάκης, 2010), σ. 12.",
        [full("Μπαντιού", "Η κομμουνιστική υπόθεση", "2010")],
    ),
    (
        "prose: a plain title before Νέα Υόρκη and a colon",
        "Μ. Ντάροου, Ό,τι είναι στέρεο, Νέα Υόρκη: Harbour Books, 1982.",
        [full("Ντάροου", "Ό,τι είναι στέρεο", "1982")],
    ),
    (
        "negative prose: στο and a place",
        "Όπως έγραψε ο Μπαντιού στο Παρίσι, το 1968 ήταν τομή.",
        [],
    ),
    (
        "negative prose: στην, a place, a year and an imprint",
        "Όπως έγραψε ο Μπαντιού στην Αθήνα το 1968, Κέδρος, Αθήνα 1987.",
        [],
    ),
    (
        "negative prose: στη, a parliament, a place and a year",
        "Όπως είπε ο Μπαντιού στη Βουλή των Ελλήνων, Αθήνα 2010.",
        [],
    ),
    (
        "negative prose: στο, a congress, a place and a year (no publisher)",
        "Όπως είπε ο Μπαντιού στο Συνέδριο της πόλης, Αθήνα 2010.",
        [],
    ),
    # "Βλ. το βιβλίο του" (see the book of), the writer, then the title with no comma
    (
        "genitive cue: initials, a surname and a plain title run on, an open imprint",
        "Βλ. το βιβλίο του Λ. Ντάροου Για τη θεωρία, Γναρδ, Αθήνα 1978.",
        [full("Ντάροου", "Για τη θεωρία", "1978")],
    ),
    (
        "genitive cue: a surname alone, a plain title and a bracketed imprint",
        "Βλ. το βιβλίο του Ντάροου Για τη θεωρία (Αθήνα: Γναρδ, 1978).",
        [full("Ντάροου", "Για τη θεωρία", "1978")],
    ),
    (
        "genitive cue: a plain title and a place and a year",
        "Βλ. το βιβλίο του Ντάροου Για τη θεωρία, Αθήνα 1978.",
        [full("Ντάροου", "Για τη θεωρία", "1978")],
    ),
    (
        "negative genitive cue: a publisher, a place and a year",
        "Βλ. το βιβλίο του Κέδρου Αθήνα 1978, σ. 4.",
        [],
    ),
    (
        "negative genitive cue: a newspaper and a date",
        "Βλ. το άρθρο της Αυγής Η κρίση, 12/3/2015.",
        [],
    ),
    (
        "negative genitive cue: no imprint",
        "Βλ. το βιβλίο του Κέδρου Η κρίση στη Νέα Υόρκη.",
        [],
    ),
    # titleless speeches and interviews, by their speaker
    (
        "spoken: a speech in parliament and its date",
        "Ν. Καραμπέτσος, ομιλία στη Βουλή, 12/3/2015.",
        [("full", ("Καραμπέτσος",), "", "2015")],
    ),
    (
        "spoken: an interview given to a newspaper",
        "Ν. Καραμπέτσος, συνέντευξη στην εφημερίδα Η Αυγή, 12/3/2015.",
        [("full", ("Καραμπέτσος",), "", "2015")],
    ),
    (
        "spoken: a paper at a congress, a given name written out",
        "Νικόλαος Καραμπέτσος, εισήγηση στο 3ο Συνέδριο, Αθήνα 2015.",
        [("full", ("Καραμπέτσος",), "", "2015")],
    ),
    ("negative spoken: a surname alone", "Καραμπέτσος, ομιλία στη Βουλή, 2015.", []),
    (
        "negative spoken: an interview with someone (whose?)",
        "Ν. Καραμπέτσος, συνέντευξη με τον Δ. Σωτηρόπουλο, 2015.",
        [],
    ),
    ("negative spoken: a newspaper", "Η Αυγή, συνέντευξη στην ΕΡΤ, 2015.", []),
    ("negative spoken: a publisher", "Εκδόσεις Νήσος, ανακοίνωση στον Τύπο, 12/3/2015.", []),
    (
        "negative spoken: a place named after a saint",
        "Αγία Παρασκευή, δήλωση στο δημοτικό συμβούλιο, 2015.",
        [],
    ),
    ("negative spoken: no date", "Ν. Καραμπέτσος, ομιλία στη Βουλή.", []),
    # a body as author, whole
    (
        "body: a party's name, its last word a place's",
        "Κομμουνιστικό Κόμμα Ελλάδας, Δοκίμιο ιστορίας, τόμ. 1, Σύγχρονη Εποχή, Αθήνα 1995.",
        [full("Κομμουνιστικό Κόμμα Ελλάδας", "Δοκίμιο ιστορίας", "1995")],
    ),
    (
        "body: a confederation and a report in guillemets",
        "Γενική Συνομοσπονδία Εργατών Ελλάδας, «Έκθεση», Αθήνα 2012.",
        [full("Γενική Συνομοσπονδία Εργατών Ελλάδας", "Έκθεση", "2012")],
    ),
    # access dates
    (
        "access: the work's year, then the access date in brackets",
        f"Π. Βελισσάρης, «{K}», 2015, διαθέσιμο στο https://example.org/krisi (ανάκτηση: "
        "12/3/2016).",
        [full("Βελισσάρης", K, "2015")],
    ),
    (
        "access: προσπελάστηκε (accessed) gives no year",
        f"Π. Βελισσάρης, «{K}», ανακτήθηκε από https://example.org/krisi (προσπελάστηκε "
        "12/3/2016).",
        [full("Βελισσάρης", K)],
    ),
    (
        "access: τελευταία πρόσβαση (last accessed) gives no year",
        f"Π. Βελισσάρης, «{K}», Θέσεις, https://example.org/krisi (τελευταία πρόσβαση 12/3/2016).",
        [full("Βελισσάρης", K)],
    ),
    ("negative access: an access date alone", "(ανάκτηση: 12/3/2016).", []),
    (
        "negative access: an address and a year",
        "διαθέσιμο στο https://example.org/krisi, 2015.",
        [],
    ),
    # a publisher read as names, then an imprint alone: no work
    ("negative title only: prose, a place and a year", "Η κρίση ήταν βαθιά, Αθήνα 2005.", []),
    (
        "negative title only: a publisher, then an imprint alone",
        "Σύγχρονη Εποχή, Αθήνα: Κριτική 2005.",
        [],
    ),
    ("negative title only: Εκδόσεις and an imprint", "Εκδόσεις Νήσος, Αθήνα: Κριτική 2005.", []),
    (
        "negative title only: an English publisher and an imprint",
        "Verso Books, London: Dale 2005.",
        [],
    ),
    # negatives the brief names: quantities, dates, issues
    ("negative: a quantity and a year", "12 εκατ. ψηφοφόροι το 2000.", []),
    ("negative: a percentage and a year", "Η ανεργία έφτασε το 1,5% το 1978.", []),
    ("negative: an issue and a page", "τχ. 12, σ. 4.", []),
    ("negative: a newspaper and a date", "εφημερίδα Η Αυγή, 12/3/1990.", []),
    ("negative: a journal, an issue and a year", "περιοδικό Θέσεις, τχ. 12, 1985.", []),
]


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(note: str, expected: list[Reading]) -> None:
    assert readings(note) == expected


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, _, _ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives


# Places, publishers, journals, newspapers and marks of the rows: never an author, for
# either reader (the author-year one too).
NOT_NAMES = {"Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Παρασκευή", "Αγία", "Άγιος", "Νικόλαος"}
NOT_NAMES |= {"Κριτική", "Νήσος", "Θεμέλιο", "Κέδρος", "Εκδόσεις", "Θέσεις", "Αυγή", "Υόρκη"}
NOT_NAMES |= {"Εποχή", "Books", "Verso", "Dale"}
NOT_NAMES |= {"Αθήνας", "ιδίου", "ιδίας", "ίδιου", "επιμέλεια", "πληθυσμός", "Πληθυσμός"}


@pytest.mark.parametrize("note", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_no_place_publisher_or_mark_is_an_author(note: str) -> None:
    assert not surnames_read(note) & NOT_NAMES


NEGATIVES = [c for c in CASES if c[0].startswith("negative")]


@pytest.mark.parametrize("note", [c[1] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_negatives_give_no_author_year_citation(note: str) -> None:
    built = build_manuscript(read_bytes("m.md", manuscript(note).encode("utf-8")), figures=False)
    assert not built.citations


# The document's habit settles the order of a name neither the given names nor the endings
# tell ("Ξάνθος Ορέας"): surname first when the document writes its other Greek names so and
# never given name first. (class, notes, the last note's readings)
HABIT_CASES: list[tuple[str, list[str], list[Reading]]] = [
    (
        "habit: surname first with initials elsewhere",
        [f"Λούκατς Γκ., {K}, Αθήνα: Νήσος 2005.", f"Ξάνθος Ορέας, {T}, Αθήνα: Κριτική 2000."],
        [full("Ξάνθος", T, "2000")],
    ),
    (
        "habit: surname first with a known given name elsewhere",
        [f"Παπαδάκη Ελένη, {K}, Αθήνα: Νήσος 2005.", f"Ξάνθος Ορέας, {T}, Αθήνα: Κριτική 2000."],
        [full("Ξάνθος", T, "2000")],
    ),
    (
        "negative habit: initials first elsewhere keep the given name first",
        [f"Ν. Καραμπέτσος, {K}, Αθήνα: Νήσος 2005.", f"Ξάνθος Ορέας, {T}, Αθήνα: Κριτική 2000."],
        [full("Ορέας", T, "2000")],
    ),
    (
        "negative habit: both habits in the document keep the given name first",
        [
            f"Λούκατς Γκ., {K}, Αθήνα: Νήσος 2005.",
            f"Ν. Καραμπέτσος, {K}, Αθήνα: Νήσος 2005.",
            f"Ξάνθος Ορέας, {T}, Αθήνα: Κριτική 2000.",
        ],
        [full("Ορέας", T, "2000")],
    ),
    (
        "negative habit: no other name in the document",
        [f"Ξάνθος Ορέας, {T}, Αθήνα: Κριτική 2000."],
        [full("Ορέας", T, "2000")],
    ),
]


@pytest.mark.parametrize(
    ("notes", "expected"), [c[1:] for c in HABIT_CASES], ids=[c[0] for c in HABIT_CASES]
)
def test_the_documents_habit(notes: list[str], expected: list[Reading]) -> None:
    assert last_note_readings(notes) == expected


def test_a_places_two_words_are_never_an_author_in_a_surname_first_document() -> None:
    # "Νέα Σμύρνη" (a district of Athens) after a note that writes its names surname first
    read = last_note_readings(
        [f"Λούκατς Γκ., {K}, Αθήνα: Νήσος 2005.", "Νέα Σμύρνη, Κριτική, 2000."]
    )
    assert not [authors for _, authors, _, _ in read if authors]
