"""Issue 11: notes written in Greek, and their look-alikes.

Synthetic notes written for this table (no corpus text), in the shapes Greek journals and
translations use: the surname before its initial ("Πουλαντζάς Ν., …"), the given name or
its initial first ("Νίκος Πουλαντζάς, …", "Ν. Πουλαντζάς, …"), Latin-script authors inside
Greek notes, titles in guillemets «…», in italics and in plain text, the container after
"στο" (in), the translator after "μτφρ.", "Βλ." (see), pages after "σελ.", "σ." and "σσ.",
"Στο ίδιο"/"Αυτόθι" as Ibid., "ό.π." as op. cit. (alone, or after a name or a title), and notes
that mix Greek and English. Half the rows are negatives: a Greek publisher ("Κριτική",
"Εκδόσεις Ύψιλον") or a place ("Αθήνα", "Θεσσαλονίκη") is never an author; a page
("σελ. 92"), a volume ("τόμ. 2"), a translator, an editor or a publisher's mark is never an
author or a title; dates and prose give nothing.

Each row is a document of notes; the readings are those of its last note: (form,
surnames, title, year)."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, surnames_read
from tests.note_tables import last_note_readings as readings
from tests.test_note_citation_rules import findings, manuscript


def work(form: str, surnames: str, title: str, year: str = "") -> Reading:
    return (form, tuple(surnames.split("/")) if surnames else (), title, year)


IBID: Reading = ("ibid", (), "", "")
OP_CIT: Reading = ("op-cit", (), "", "")
STATE_FULL = "Πουλαντζάς Ν., *Το κράτος και η εξουσία*, Θεμέλιο, Αθήνα, 1978, σελ. 45."
STATE_READ = work("full", "Πουλαντζάς", "Το κράτος και η εξουσία", "1978")

# (class, notes, readings of the last note)
CASES: list[tuple[str, list[str], list[Reading]]] = [
    # full forms: the names
    ("full: surname before the initial", [STATE_FULL], [STATE_READ]),
    (
        "full: surname before two initials",
        ["Λένιν Β. Ι., *Κράτος και επανάσταση*, Σύγχρονη Εποχή, Αθήνα, 1990, σελ. 12."],
        [work("full", "Λένιν", "Κράτος και επανάσταση", "1990")],
    ),
    (
        "full: given name first, place and year without a comma",
        ["Νίκος Πουλαντζάς, *Το κράτος και η εξουσία*, Θεμέλιο, Αθήνα 1978, σελ. 45."],
        [STATE_READ],
    ),
    (
        "full: the initial first",
        ["Ν. Πουλαντζάς, *Το κράτος και η εξουσία*, Θεμέλιο, Αθήνα 1978, σ. 45."],
        [STATE_READ],
    ),
    (
        "full: a Latin-script author in a Greek note",
        ["Karl Marx, *Το Κεφάλαιο*, τόμ. 1, Σύγχρονη Εποχή, Αθήνα 2002, σελ. 45."],
        [work("full", "Marx", "Το Κεφάλαιο", "2002")],
    ),
    (
        "full: two authors joined by και",
        ["Μαρξ Κ. και Ένγκελς Φ., *Το κομμουνιστικό μανιφέστο*, Θεμέλιο, Αθήνα 1998."],
        [work("full", "Μαρξ/Ένγκελς", "Το κομμουνιστικό μανιφέστο", "1998")],
    ),
    # full forms: the title
    (
        "full: a title in guillemets",
        ["Πουλαντζάς Ν., «Το κράτος και η εξουσία», Θεμέλιο, Αθήνα, 1978."],
        [STATE_READ],
    ),
    (
        "full: a plain title",
        ["Πουλαντζάς Ν., Το κράτος και η εξουσία, Θεμέλιο, Αθήνα, 1978, σελ. 45."],
        [STATE_READ],
    ),
    (
        "full: a plain title after a given name",
        ["Κορνήλιος Καστοριάδης, Η φαντασιακή θέσμιση της κοινωνίας, Ράππα, Αθήνα 1981."],
        [work("full", "Καστοριάδης", "Η φαντασιακή θέσμιση της κοινωνίας", "1981")],
    ),
    (
        "full: a publisher after εκδ. and Εκδόσεις",
        ["Βάλτερ Μπένγιαμιν, «Για την έννοια της ιστορίας», Εκδόσεις Ύψιλον, Αθήνα 2014."],
        [work("full", "Μπένγιαμιν", "Για την έννοια της ιστορίας", "2014")],
    ),
    (
        "full: the translator (μτφρ.) after the title",
        [
            "Λούκατς Γκ., *Ιστορία και ταξική συνείδηση*, μτφρ. Γ. Παπαδόπουλος, Οδυσσέας, "
            "Θεσσαλονίκη, 1975, σσ. 12-34."
        ],
        [work("full", "Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    (
        "full: an article in guillemets στο a journal",
        ["Γ. Μηλιός, «Η θεωρία του κράτους», στο *Θέσεις*, τ. 12, 1985, σσ. 34-56."],
        [work("full", "Μηλιός", "Η θεωρία του κράτους", "1985")],
    ),
    (
        "full: a chapter στο an edited book",
        [
            "Π. Κονδύλης, «Ο Μαρξ και η αρχαία Ελλάδα», στο Κ. Τσουκαλάς (επιμ.), "
            "*Η ελληνική κοινωνία*, Θεμέλιο, Αθήνα 1984, σσ. 12-34."
        ],
        [work("full", "Κονδύλης", "Ο Μαρξ και η αρχαία Ελλάδα", "1984")],
    ),
    (
        "full: Βλ. (see) before the work",
        ["Βλ. Λούκατς Γκ., *Ιστορία και ταξική συνείδηση*, Οδυσσέας, Αθήνα, 1975."],
        [work("full", "Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    (
        "full: Βλ. σχετικά (see on this) before the work",
        ["Βλ. σχετικά Ν. Πουλαντζάς, *Το κράτος και η εξουσία*, Θεμέλιο, Αθήνα 1978."],
        [STATE_READ],
    ),
    (
        "full: a Greek note citing an English book",
        ["Βλ. Alex Callinicos, *The Revenge of History* (Cambridge: Polity, 1991), σελ. 12."],
        [work("full", "Callinicos", "The Revenge of History", "1991")],
    ),
    (
        "full: two works, Greek and English, in one note",
        [
            "Βλ. Πουλαντζάς Ν., *Το κράτος και η εξουσία*, Θεμέλιο, Αθήνα, 1978· επίσης Bob "
            "Jessop, *Nicos Poulantzas* (London: Macmillan, 1985)."
        ],
        [STATE_READ, work("full", "Jessop", "Nicos Poulantzas", "1985")],
    ),
    (
        "full: βλ. inside a sentence",
        [
            "Για μια κριτική, βλ. Λούκατς Γκ., *Ιστορία και ταξική συνείδηση*, Οδυσσέας, Αθήνα, 1975."
        ],
        [work("full", "Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    (
        "full: Βλ. και (see also)",
        ["Βλ. και Ν. Πουλαντζάς, *Το κράτος και η εξουσία*, Θεμέλιο, Αθήνα 1978."],
        [STATE_READ],
    ),
    (
        "full: a web copy's plain title before the volume (τόμ.) and εκδ.",
        [
            "Karl Marx, Το Κεφάλαιο, τόμ. 1, μτφρ. Π. Μαυρομμάτης, εκδ. Σύγχρονη Εποχή, "
            "Αθήνα 2002, σελ. 45."
        ],
        [work("full", "Marx", "Το Κεφάλαιο", "2002")],
    ),
    (
        "full: a web copy's plain title στο a journal",
        ["Γ. Μηλιός, Η θεωρία του κράτους, στο Θέσεις, τ. 12, 1985, σσ. 34-56."],
        [work("full", "Μηλιός", "Η θεωρία του κράτους", "1985")],
    ),
    (
        "full: a web copy's pair of persons with initials",
        ["Κ. Μαρξ και Φ. Ένγκελς, Το κομμουνιστικό μανιφέστο, Θεμέλιο, Αθήνα 1998."],
        [work("full", "Μαρξ/Ένγκελς", "Το κομμουνιστικό μανιφέστο", "1998")],
    ),
    (
        "full: a place, a colon and a publisher after a plain title",
        ["Ν. Πουλαντζάς, Το κράτος και η εξουσία, Αθήνα: Θεμέλιο, 1978."],
        [STATE_READ],
    ),
    (
        "full: an editor (επιμ.) after the initial",
        ["Τσουκαλάς Κ. (επιμ.), *Η ελληνική κοινωνία*, Θεμέλιο, Αθήνα 1984."],
        [work("full", "Τσουκαλάς", "Η ελληνική κοινωνία", "1984")],
    ),
    (
        "full: the original year beside the title, the edition's in the imprint",
        ["Λούκατς Γκ., *Ιστορία και ταξική συνείδηση* (1923), Οδυσσέας, Αθήνα 1975."],
        [work("full", "Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    (
        "full: a newspaper article with a Greek date",
        ["Α. Μπαντιού, «Το κομμουνιστικό ιδεώδες», *Η Αυγή*, 12 Μαρτίου 2010."],
        [work("full", "Μπαντιού", "Το κομμουνιστικό ιδεώδες", "2010")],
    ),
    (
        "full: a newspaper article with a date in numbers",
        ["Α. Μπαντιού, «Το κομμουνιστικό ιδεώδες», Η Αυγή, 12/3/2010."],
        [work("full", "Μπαντιού", "Το κομμουνιστικό ιδεώδες", "2010")],
    ),
    (
        "full: an English book with a Greek page mark",
        ["Alain Badiou, *The Communist Hypothesis*, London: Verso, 2010, σελ. 12."],
        [work("full", "Badiou", "The Communist Hypothesis", "2010")],
    ),
    (
        "full: Πρβλ. (compare) before the work",
        ["Πρβλ. Λούκατς Γκ., *Ιστορία και ταξική συνείδηση*, Οδυσσέας, Αθήνα, 1975."],
        [work("full", "Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    (
        "full: Βλέπε (see) written out",
        ["Βλέπε Λούκατς Γκ., *Ιστορία και ταξική συνείδηση*, Οδυσσέας, Αθήνα, 1975."],
        [work("full", "Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    (
        "full: a plain title before a chapter (κεφ.)",
        ["Λούκατς Γκ., Ιστορία και ταξική συνείδηση, κεφ. 2, Οδυσσέας, Αθήνα, 1975."],
        [work("full", "Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    (
        "full: a plain title before the translator (μετ.)",
        ["Λούκατς Γκ., Ιστορία και ταξική συνείδηση, μετ. Γ. Παπαδόπουλος, Οδυσσέας, Αθήνα, 1975."],
        [work("full", "Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    (
        "full: a Greek question mark (;) inside guillemets",
        ["Λένιν Β. Ι., «Τι να κάνουμε;», Σύγχρονη Εποχή, Αθήνα 1975, σελ. 12."],
        [work("full", "Λένιν", "Τι να κάνουμε;", "1975")],
    ),
    (
        "full: a web copy's Greek question mark before the comma",
        ["Λένιν Β. Ι., Τι να κάνουμε;, Σύγχρονη Εποχή, Αθήνα 1975, σελ. 12."],
        [work("full", "Λένιν", "Τι να κάνουμε;", "1975")],
    ),
    (
        "full: a full stop inside guillemets",
        ["Πουλαντζάς Ν., «Σημειώσεις για το κράτος. Μια κριτική», Θεμέλιο, Αθήνα 1978."],
        [work("full", "Πουλαντζάς", "Σημειώσεις για το κράτος. Μια κριτική", "1978")],
    ),
    (
        "full: Στο: (in) opening a note before an edited book",
        ["Στο: Κ. Τσουκαλάς (επιμ.), *Η ελληνική κοινωνία*, Θεμέλιο, Αθήνα 1984."],
        [work("full", "Τσουκαλάς", "Η ελληνική κοινωνία", "1984")],
    ),
    (
        "full: Σ.τ.Μ. (translator's note), then Βλ.",
        ["Σ.τ.Μ.: Βλ. Λούκατς Γκ., *Ιστορία και ταξική συνείδηση*, Οδυσσέας, Αθήνα, 1975."],
        [work("full", "Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    (
        "full: the year in brackets after the initial (author-date)",
        ["Πουλαντζάς Ν. (1978), *Το κράτος και η εξουσία*, Αθήνα: Θεμέλιο."],
        [STATE_READ],
    ),
    (
        "full: κ.ά. (et al.) after the initial",
        ["Μηλιός Γ. κ.ά., *Η θεωρία του κράτους*, Θεμέλιο, Αθήνα 1985."],
        [work("full", "Μηλιός", "Η θεωρία του κράτους", "1985")],
    ),
    (
        "full: Παρατίθεται στο (quoted in) before the work quoted from",
        ["Παρατίθεται στο Λούκατς Γκ., *Ιστορία και ταξική συνείδηση*, Οδυσσέας, Αθήνα, 1975."],
        [work("full", "Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    (
        "full: a work, then the work it is quoted in (παρατίθεται στο)",
        [
            "Μαρξ, *Το Κεφάλαιο*, παρατίθεται στο Λούκατς Γκ., *Ιστορία και ταξική "
            "συνείδηση*, Οδυσσέας, Αθήνα, 1975, σελ. 12."
        ],
        [
            work("short", "Μαρξ", "Το Κεφάλαιο"),
            work("full", "Λούκατς", "Ιστορία και ταξική συνείδηση", "1975"),
        ],
    ),
    (
        "full: από το (from) before the work",
        ["Η παράθεση είναι από το: Alain Badiou, *Η κομμουνιστική υπόθεση*, Πατάκης, Αθήνα 2010."],
        [work("full", "Badiou", "Η κομμουνιστική υπόθεση", "2010")],
    ),
    (
        "full: an essay στο a writer's collected works, the imprint after the volume",
        [
            "Ρόζα Λούξεμπουργκ, «Μεταρρύθμιση ή επανάσταση;», στο Ρόζα Λούξεμπουργκ, "
            "*Άπαντα*, τόμ. 1, Αθήνα 1980."
        ],
        [work("full", "Λούξεμπουργκ", "Μεταρρύθμιση ή επανάσταση;", "1980")],
    ),
    # short forms, Ibid. and op. cit.
    (
        "short: surname and short title",
        [STATE_FULL, "Πουλαντζάς, *Το κράτος*, σελ. 50."],
        [work("short", "Πουλαντζάς", "Το κράτος")],
    ),
    (
        "short: surname and a title in guillemets",
        [STATE_FULL, "Πουλαντζάς, «Το κράτος», σσ. 50-52."],
        [work("short", "Πουλαντζάς", "Το κράτος")],
    ),
    # "Ό.π." alone is op. cit. as written (the truth schema), naming no writer
    ("op. cit.: Ό.π. alone", [STATE_FULL, "Ό.π."], [OP_CIT]),
    ("op. cit.: ό.π. alone and pages σσ.", [STATE_FULL, "ό.π., σσ. 50-52."], [OP_CIT]),
    ("ibid: Στο ίδιο", [STATE_FULL, "Στο ίδιο."], [IBID]),
    ("ibid: Στο ίδιο and a page", [STATE_FULL, "Στο ίδιο, σελ. 50."], [IBID]),
    ("ibid: Αυτόθι and a page", [STATE_FULL, "Αυτόθι, σ. 50."], [IBID]),
    ("ibid: Αυτ. and a page", [STATE_FULL, "Αυτ., σ. 50."], [IBID]),
    (
        "idem: Ο ίδιος (the same author) before a work: the writer before, carried",
        [STATE_FULL, "Ο ίδιος, *Πολιτική εξουσία*, Θεμέλιο, Αθήνα 1975."],
        [work("full", "Πουλαντζάς", "Πολιτική εξουσία", "1975")],
    ),
    (
        "op. cit.: ό.π. after a surname and a title in guillemets",
        [STATE_FULL, "Πουλαντζάς, «Το κράτος», ό.π., σ. 50."],
        [work("op-cit", "Πουλαντζάς", "Το κράτος")],
    ),
    (
        "op. cit.: two in one note, split by the ano teleia",
        [STATE_FULL, "Πουλαντζάς, ό.π., σσ. 50-52· Λούκατς, ό.π., σελ. 3."],
        [work("op-cit", "Πουλαντζάς", ""), work("op-cit", "Λούκατς", "")],
    ),
    (
        "op. cit.: ό.π. after a surname",
        [STATE_FULL, "Πουλαντζάς, ό.π., σελ. 50."],
        [work("op-cit", "Πουλαντζάς", "")],
    ),
    (
        "op. cit.: ό.π. after a surname and its initial",
        [STATE_FULL, "Πουλαντζάς Ν., ό.π., σελ. 50."],
        [work("op-cit", "Πουλαντζάς", "")],
    ),
    (
        "op. cit.: ό.π. after a Latin-script surname",
        ["Karl Marx, *Το Κεφάλαιο*, τόμ. 1, Σύγχρονη Εποχή, Αθήνα 2002.", "Marx, ό.π., σελ. 45."],
        [work("op-cit", "Marx", "")],
    ),
    (
        "op. cit.: ό.π. after a surname and a short title",
        [STATE_FULL, "Πουλαντζάς, *Το κράτος*, ό.π., σελ. 50."],
        [work("op-cit", "Πουλαντζάς", "Το κράτος")],
    ),
    (
        "op. cit.: a web copy's plain title before ό.π.",
        [STATE_FULL, "Βλ. Πουλαντζάς, Το κράτος και η εξουσία, ό.π., σσ. 50-52."],
        [work("op-cit", "Πουλαντζάς", "Το κράτος και η εξουσία")],
    ),
    (
        "short: a web copy's plain short title and a page",
        [STATE_FULL, "Πουλαντζάς, Το κράτος, σελ. 50."],
        [work("short", "Πουλαντζάς", "Το κράτος")],
    ),
    # negatives: publishers, places, pages, volumes, marks, dates, prose
    ("negative: a publisher, a place and a year", ["Κριτική, Αθήνα, 1987, σελ. 92."], []),
    ("negative: Εκδόσεις and a publisher", ["Εκδόσεις Ύψιλον, Αθήνα 2014, σελ. 12."], []),
    ("negative: a place, a colon, a publisher", ["Αθήνα: Κριτική, 1987."], []),
    ("negative: Θεσσαλονίκη and a year", ["Θεσσαλονίκη, 1998, σσ. 12-15."], []),
    ("negative: a page", ["σελ. 92."], []),
    ("negative: a volume and a page", ["τόμ. 2, σελ. 45."], []),
    ("negative: a translator", ["μτφρ. Γ. Παπαδόπουλος, Οδυσσέας, Αθήνα 1975."], []),
    ("negative: an editor", ["επιμ. Κ. Τσουκαλάς, Θεμέλιο, Αθήνα 1984."], []),
    ("negative: a publisher's mark", ["εκδ. Ύψιλον, Αθήνα 2014, σελ. 3."], []),
    ("negative: an edition", ["2η έκδ., Αθήνα 2001, σ. 7."], []),
    ("negative: a date", ["Θεσσαλονίκη, Νοέμβριος 2012."], []),
    ("negative: a retrieval date", ["Ανακτήθηκε στις 12 Μαρτίου 2015."], []),
    ("negative: Greek prose with a place and year", ["Ο Μαρξ έζησε στο Λονδίνο το 1867."], []),
    ("negative: a cross-reference", ["Βλ. παρακάτω, σελ. 45."], []),
    ("negative: see the next note", ["Για μια κριτική βλ. την επόμενη σημείωση."], []),
    ("negative: a translator's remark", ["Σ.τ.μ.: η μετάφραση τροποποιήθηκε."], []),
    ("negative: Greek prose naming a book", ["Ο όρος είναι του Μαρξ, στην Αθήνα, 1998."], []),
    (
        "negative: a publisher and place after an earlier work",
        [STATE_FULL, "Θεμέλιο, Αθήνα, 1978, σελ. 12."],
        [],
    ),
    ("negative: the word ίδιο in prose", ["Το ίδιο ισχύει και για την Αθήνα το 1987."], []),
    ("negative: όπως in prose", ["Όπως έγραψε ο Πουλαντζάς το 1978."], []),
    ("negative: a journal issue alone", ["Θέσεις, τ. 12, 1985."], []),
    ("negative: Βλ. and a volume", ["Βλ. τόμ. 2, σσ. 12-15."], []),
    ("negative: Στο ίδιο opening prose", ["Στο ίδιο άρθρο ο Μαρξ γράφει για την Αθήνα."], []),
    (
        "negative: a place, a colon, a publisher, pages",
        ["Θεσσαλονίκη: Παρατηρητής, 1998, σσ. 12-15."],
        [],
    ),
    ("negative: a volume, a place and a year", ["τόμ. 3, Αθήνα 1985."], []),
    (
        "negative: translator and publisher marks",
        ["μτφρ. Α. Παπαδόπουλος, εκδ. Κριτική, Αθήνα 1990."],
        [],
    ),
    ("negative: pages alone", ["σσ. 12-34."], []),
    ("negative: a month and a year", ["Νοέμβριος 2012, σελ. 4."], []),
    ("negative: Εκδόσεις and a year", ["Εκδόσεις Κριτική, 1987."], []),
    ("negative: επίσης in prose", ["Το ίδιο υποστηρίζει επίσης ο συγγραφέας, σελ. 3."], []),
    ("negative: βλ. before a page", ["Για τα στοιχεία, βλ. σελ. 45 παραπάνω."], []),
    ("negative: a quotation in guillemets", ["Ο Λούκατς γράφει: «Η δημοκρατία είναι μορφή»."], []),
    ("negative: a term in guillemets", ["Για την έννοια της «Αυτονομίας» βλ. παρακάτω."], []),
    ("negative: a volume and an issue", ["τ. 12, τεύχος 3, 1985, σσ. 34-56."], []),
    ("negative: a date in numbers", ["Ανακτήθηκε 12/3/2010."], []),
    ("negative: Ο ίδιος in prose", ["Ο ίδιος ο Μαρξ το έγραψε στην Αθήνα το 1867."], []),
    ("negative: a verb like Βλέπε", ["Βλέπεις, Αθήνα 1990."], []),
    ("negative: a chapter and a page", ["κεφ. 2, σελ. 45 κ.ε."], []),
    ("negative: Πρβλ. and a page", ["Πρβλ. σελ. 12 παραπάνω."], []),
    ("negative: a retrieval date", ["(ανακτήθηκε στις 21/01/2016)."], []),
    ("negative: a question in guillemets", ["Το ερώτημα «τι να κάνουμε;» τέθηκε το 1902."], []),
    ("negative: a quotation with a full stop", ["«Η ιστορία επαναλαμβάνεται. Ως φάρσα.»"], []),
    ("negative: a question mark and a place", ["Γιατί; Αθήνα, 1987."], []),
    ("negative: Στο and a place in prose", ["Στο Λονδίνο, το 1867."], []),
    ("negative: author-date and a page, no title", ["Πουλαντζάς Ν. (1978), σελ. 45."], []),
    ("negative: a year in brackets and a page", ["(1978), σελ. 45."], []),
    ("negative: ό.π. alone after prose", ["Για τα παραπάνω βλ. ό.π. την ανάλυση."], []),
    ("negative: από το and a year", ["Από το 1968 στην Αθήνα."], []),
    ("negative: Αυτό (this) in prose", ["Αυτό ισχύει για την Αθήνα, 1987."], []),
    (
        "negative: a quotation in guillemets after a surname, with its page",
        [STATE_FULL, "Μαρξ, «Οι άνθρωποι κάνουν την ιστορία τους, αλλά όχι όπως θέλουν», σελ. 45."],
        [],
    ),
    ("negative: a volume, then a place and a year", ["τόμ. 1, Αθήνα 1980, σελ. 4."], []),
    ("negative: παρατίθεται στο and a place", ["Παρατίθεται στο Παράρτημα, σελ. 4."], []),
    ("negative: a passive verb, στο and a place", ["Βρίσκεται στο Λονδίνο, 1867."], []),
    ("negative: a plain phrase before ό.π.", ["Όπως είδαμε, ό.π., σελ. 50."], []),
    ("negative: Στο and a place and a year", ["Στην Αθήνα, 1987, σελ. 3."], []),
    ("negative: a translator's note", ["Σημείωση του μεταφραστή."], []),
    ("negative: a place, a colon and Εκδόσεις", ["Αθήνα: Εκδόσεις Ύψιλον, 2014."], []),
    ("negative: an issue and a season", ["τεύχος 5, Άνοιξη 2010."], []),
    ("negative: see the introduction", ["Βλ. την εισαγωγή του τόμου, σελ. 7."], []),
    (
        "negative: a year and a quoted word in prose",
        ["Το 1968 στην Αθήνα κυκλοφόρησε το «Μανιφέστο»."],
        [],
    ),
    ("negative: a day and a Greek month", ["Αθήνα, 12 Μαρτίου 2010."], []),
    ("negative: an editor's mark alone", ["(επιμ.), Θεμέλιο, Αθήνα 1984."], []),
    ("negative: a year in brackets and an imprint", ["(1923), Οδυσσέας, Αθήνα 1975."], []),
    ("negative: a publisher and a date", ["Πατάκης, 12/3/2010."], []),
    ("negative: the same note again (Στο ίδιο) in prose", ["Στο ίδιο πνεύμα, βλ. σελ. 4."], []),
    ("negative: a publisher and a place after Βλ.", ["Βλ. Κριτική, Αθήνα, 1987."], []),
]


@pytest.mark.parametrize(("notes", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(notes: list[str], expected: list[Reading]) -> None:
    assert readings(notes) == expected


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, _, _ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives


# A Greek publisher, place, page, volume or translator's mark is never an author, for
# either reader.
NEVER_AUTHORS = [
    "Κριτική, Αθήνα, 1987, σελ. 92.",
    "Εκδόσεις Ύψιλον, Αθήνα 2014.",
    "Θεσσαλονίκη: Παρατηρητής, 1998, σσ. 12-15.",
    "Αθήνα: Κριτική, 1987.",
    "τόμ. 2, σελ. 45, Αθήνα 2001.",
    STATE_FULL,
    "Γ. Μηλιός, «Η θεωρία του κράτους», στο *Θέσεις*, τ. 12, 1985, σσ. 34-56.",
    "Εφημερίδα «Ριζοσπάστης», 12/3/2010, σελ. 4.",
    "Περιοδικό «Θέσεις», τ. 12, 1985.",
    "Μαρξ Κ. και Ένγκελς Φ., Κράτος και Επανάσταση, Θεμέλιο, Αθήνα 1998.",
]
NOT_NAMES = {"Κριτική", "Εκδόσεις", "Ύψιλον", "Αθήνα", "Θεσσαλονίκη", "Θεμέλιο", "Θέσεις"}
NOT_NAMES |= {"Παρατηρητής", "Εφημερίδα", "Περιοδικό", "Κράτος", "Επανάσταση"}
NOT_NAMES |= {"σελ", "σσ", "τόμ", "τ", "μτφρ", "επιμ", "εκδ"}


@pytest.mark.parametrize("note", NEVER_AUTHORS)
def test_publishers_places_and_marks_are_never_authors(note: str) -> None:
    named = surnames_read(note)
    assert not named & NOT_NAMES


def test_greek_short_form_after_its_full_form_gives_no_finding() -> None:
    text = manuscript(STATE_FULL, "Πουλαντζάς, *Το κράτος*, σελ. 50.", "Στο ίδιο, σελ. 51.")
    assert findings(text, "short-form-before-full") == []


def test_greek_short_form_without_its_full_form_is_found() -> None:
    text = manuscript("Μια παρατήρηση.", "Πουλαντζάς, *Το κράτος*, σελ. 50.")
    assert [f.data["note"] for f in findings(text, "short-form-before-full")] == [2]
