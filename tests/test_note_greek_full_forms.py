"""Issue 11: Greek full forms in the variants Greek humanities and left publishing write.

Constructed rows written for this table (no corpus text), widening `test_note_greek_notes`
from the conventions of the three annotated Greek articles to those of Greek books and
journals generally: the author's given name or initials first ("Β. Ι. Λένιν", "Ρόζα
Λούξεμπουργκ"), the surname first with the initial after ("Λούκατς Γκ.,"), the surname
alone ("Λένιν,"), a Latin-script author; two authors ("Κ. Μαρξ – Φ. Ένγκελς",
"Μαρξ-Ένγκελς", "Μαρξ και Ένγκελς"); titles in «…», in italics or plain, with a subtitle;
volumes ("τόμ. Α΄", "τ. 2"), translators ("μτφρ.", "μετάφρ."), editors ("επιμ."), prefaces
("πρόλ."); publishers and places in either order ("Αθήνα: Κέδρος, 1987", "Κέδρος, Αθήνα
1987", "Αθήνα, Κέδρος, 1987"); a year in brackets after the title, "χ.χ." (no date),
editions ("2η έκδ."); pages ("σ.", "σελ.", "σσ.", "κ.ε."); containers after "στο";
journals ("περιοδικό «Θέσεις», τχ. 75"), newspapers with a date; translations with the
original title in brackets; "Βλ."/"Πρβλ."; two works in one note.

Half the rows are negatives: a publisher, place, journal or newspaper is never an author;
a page, a volume, a translator's, editor's or publisher's mark is never an author or a
title; dates, a year in prose, prose naming a person and quantities give nothing.

Each row is one note; the readings are the note's: (form, surnames, title, year)."""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import find_note_citations
from citecheck.readers import read_bytes
from tests.note_tables import surnames_read
from tests.test_note_citation_rules import manuscript

Reading = tuple[str, tuple[str, ...], str, str]


def full(surnames: str, title: str, year: str = "") -> Reading:
    return ("full", tuple(surnames.split("/")) if surnames else (), title, year)


# (class, note, readings)
CASES: list[tuple[str, str, list[Reading]]] = [
    # the author
    (
        "full: two initials before the surname, a title in guillemets",
        "Β. Ι. Λένιν, «Κράτος και επανάσταση», Σύγχρονη Εποχή, Αθήνα 1990, σ. 45.",
        [full("Λένιν", "Κράτος και επανάσταση", "1990")],
    ),
    (
        "full: an initial, a plain title, a volume τόμ. Α΄ and εκδ.",
        "Κ. Μαρξ, Το Κεφάλαιο, τόμ. Α΄, εκδ. Σύγχρονη Εποχή, Αθήνα 1978, σελ. 45-47.",
        [full("Μαρξ", "Το Κεφάλαιο", "1978")],
    ),
    (
        "full: a given name first, μτφρ. and Εκδόσεις",
        "Ρόζα Λούξεμπουργκ, *Η ρωσική επανάσταση*, μτφρ. Γ. Παπαδόπουλος, Εκδόσεις Κέδρος, "
        "Αθήνα 1987, σσ. 45–47.",
        [full("Λούξεμπουργκ", "Η ρωσική επανάσταση", "1987")],
    ),
    (
        "full: the surname before its initial, μετάφρ. and κ.ε.",
        "Λούκατς Γκ., *Ιστορία και ταξική συνείδηση*, μετάφρ. Γ. Ποταμιάνος, Οδυσσέας, "
        "Αθήνα 1975, σ. 12 κ.ε.",
        [full("Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    (
        "full: the surname alone",
        "Λένιν, *Ο αριστερισμός, παιδική αρρώστια του κομμουνισμού*, Σύγχρονη Εποχή, Αθήνα "
        "1975, σελ. 30.",
        [full("Λένιν", "Ο αριστερισμός, παιδική αρρώστια του κομμουνισμού", "1975")],
    ),
    (
        "full: a Latin-script author, a translated title, Εκδ.",
        "Perry Anderson, *Οι αντινομίες του Γκράμσι*, μτφρ. Κ. Κουρεμένος, Εκδ. Ύψιλον, "
        "Αθήνα 1978.",
        [full("Anderson", "Οι αντινομίες του Γκράμσι", "1978")],
    ),
    (
        "full: the surname alone, a title in guillemets and the place only",
        "Λένιν, «Ιμπεριαλισμός, ανώτατο στάδιο του καπιταλισμού», Αθήνα 1978, σ. 7.",
        [full("Λένιν", "Ιμπεριαλισμός, ανώτατο στάδιο του καπιταλισμού", "1978")],
    ),
    (
        "full: initials without a space",
        "Β.Ι. Λένιν, *Κράτος και επανάσταση*, Σύγχρονη Εποχή, Αθήνα 1990, σ. 45.",
        [full("Λένιν", "Κράτος και επανάσταση", "1990")],
    ),
    (
        "full: initials without a space after the surname",
        "Λένιν Β.Ι., «Κράτος και επανάσταση», Σύγχρονη Εποχή, Αθήνα 1990.",
        [full("Λένιν", "Κράτος και επανάσταση", "1990")],
    ),
    (
        "full: an initial run into the surname",
        "Κ.Μαρξ, Το Κεφάλαιο, Σύγχρονη Εποχή, Αθήνα 1978.",
        [full("Μαρξ", "Το Κεφάλαιο", "1978")],
    ),
    (
        "full: the year after the names, with no brackets",
        "Μπαντιού Α., 2009, *Η κομμουνιστική υπόθεση*, Πατάκης, Αθήνα.",
        [full("Μπαντιού", "Η κομμουνιστική υπόθεση", "2009")],
    ),
    (
        "full: author-date with a comma after the surname",
        "Μπαντιού, Α. (2009), *Η κομμουνιστική υπόθεση*, Αθήνα: Πατάκης.",
        [full("Μπαντιού", "Η κομμουνιστική υπόθεση", "2009")],
    ),
    (
        "full: Βλ. το βιβλίο του (the book by) before the work",
        "Βλ. σχετικά το βιβλίο του Alain Badiou, *Η κομμουνιστική υπόθεση*, Πατάκης, Αθήνα 2009.",
        [full("Badiou", "Η κομμουνιστική υπόθεση", "2009")],
    ),
    (
        "full: Βλ. το άρθρο του (the article by) before the work",
        "Βλ. το άρθρο του Σ. Ζίζεκ, «Ο Τραμπ και η αριστερά», Η Αυγή, 12.11.2016.",
        [full("Ζίζεκ", "Ο Τραμπ και η αριστερά", "2016")],
    ),
    (
        "full: no author, a title in italics",
        "*Το Κομμουνιστικό Μανιφέστο*, Θεμέλιο, Αθήνα 1998, σ. 5.",
        [full("", "Το Κομμουνιστικό Μανιφέστο", "1998")],
    ),
    (
        "full: hyphenated initials (Ζ.-Π.: Jean-Paul)",
        "Ζ.-Π. Σαρτρ, Το είναι και το μηδέν, Παπαζήσης, Αθήνα 1977.",
        [full("Σαρτρ", "Το είναι και το μηδέν", "1977")],
    ),
    (
        "full: no author, a plain title opening with an article (no given name) and an imprint",
        "Το Κομμουνιστικό Μανιφέστο, Θεμέλιο, Αθήνα 1998.",
        [full("", "Το Κομμουνιστικό Μανιφέστο", "1998")],
    ),
    # two authors
    (
        "full: two authors surname first joined by a dash",
        "Μαρξ Κ. – Ένγκελς Φ., Η γερμανική ιδεολογία, Γνώση, Αθήνα 1989.",
        [full("Μαρξ/Ένγκελς", "Η γερμανική ιδεολογία", "1989")],
    ),
    (
        "full: two authors joined by a spaced dash",
        "Κ. Μαρξ – Φ. Ένγκελς, *Η γερμανική ιδεολογία*, τόμ. 1, Γνώση, Αθήνα 1989, σελ. 50.",
        [full("Μαρξ/Ένγκελς", "Η γερμανική ιδεολογία", "1989")],
    ),
    (
        # a hyphen also joins one person's double surname ("Λεβί-Στρος", "Παπαδοπούλου-
        # Νικολάου"): the pair stays one name, as written
        "full: two surnames joined by a hyphen read as one name",
        "Μαρξ-Ένγκελς, *Διαλεχτά έργα*, τόμ. 2, Σύγχρονη Εποχή, Αθήνα 1985, σ. 12.",
        [full("Μαρξ-Ένγκελς", "Διαλεχτά έργα", "1985")],
    ),
    (
        "full: two surnames joined by και",
        "Μαρξ και Ένγκελς, *Το κομμουνιστικό μανιφέστο*, Θεμέλιο, Αθήνα 1998, σ. 5.",
        [full("Μαρξ/Ένγκελς", "Το κομμουνιστικό μανιφέστο", "1998")],
    ),
    (
        "full: two persons with initials joined by a spaced hyphen",
        "Θ. Β. Αντόρνο - Μ. Χορκχάιμερ, *Η διαλεκτική του διαφωτισμού*, Νήσος, Αθήνα 1996.",
        [full("Αντόρνο/Χορκχάιμερ", "Η διαλεκτική του διαφωτισμού", "1996")],
    ),
    # the title
    (
        "full: a plain title before a volume in roman numerals (τ. Ι)",
        "Κ. Μαρξ, Το Κεφάλαιο, τ. Ι, Αθήνα 1978, σ. 45.",
        [full("Μαρξ", "Το Κεφάλαιο", "1978")],
    ),
    (
        "full: a plain title before Α΄ τόμος",
        "Κ. Μαρξ, Το Κεφάλαιο, Α΄ τόμος, Σύγχρονη Εποχή, Αθήνα 1978.",
        [full("Μαρξ", "Το Κεφάλαιο", "1978")],
    ),
    (
        "full: a subtitle after a colon",
        "Ν. Πουλαντζάς, *Φασισμός και δικτατορία: Η Τρίτη Διεθνής και ο φασισμός*, Κέδρος, "
        "Αθήνα 1975.",
        [full("Πουλαντζάς", "Φασισμός και δικτατορία: Η Τρίτη Διεθνής και ο φασισμός", "1975")],
    ),
    (
        "full: a plain title and a subtitle after a full stop",
        "Γ. Λούκατς, Ιστορία και ταξική συνείδηση. Μελέτες για τη διαλεκτική, Οδυσσέας, "
        "Αθήνα 1975.",
        [full("Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    (
        "full: a plain title, a subtitle after a full stop, a volume and the imprint",
        "Κ. Μαρξ, Το Κεφάλαιο. Κριτική της πολιτικής οικονομίας, τόμ. 1, Σύγχρονη Εποχή, "
        "Αθήνα 1978.",
        [full("Μαρξ", "Το Κεφάλαιο", "1978")],
    ),
    (
        "full: a plain title ending in the Greek question mark (;) before its year",
        "Λένιν, Τι να κάνουμε; (1902).",
        [full("Λένιν", "Τι να κάνουμε", "1902")],
    ),
    (
        "full: a translation with the original title in brackets",
        "Τ. Ίγκλετον, *Γιατί ο Μαρξ είχε δίκιο* (Why Marx Was Right), μτφρ. Ε. Αστερίου, "
        "Εκδόσεις Οκτώ, Αθήνα 2011.",
        [full("Ίγκλετον", "Γιατί ο Μαρξ είχε δίκιο", "2011")],
    ),
    # the imprint
    (
        "full: the place, a colon, the publisher",
        "Κ. Καστοριάδης, *Η φαντασιακή θέσμιση της κοινωνίας*, Αθήνα: Κέδρος, 1987, σ. 45.",
        [full("Καστοριάδης", "Η φαντασιακή θέσμιση της κοινωνίας", "1987")],
    ),
    (
        "full: the place, a comma, the publisher",
        "Κ. Καστοριάδης, «Η φαντασιακή θέσμιση της κοινωνίας», Αθήνα, Κέδρος, 1987.",
        [full("Καστοριάδης", "Η φαντασιακή θέσμιση της κοινωνίας", "1987")],
    ),
    (
        "full: a year in brackets after the title, a container after στο:",
        "Λένιν, «Τα καθήκοντα του προλεταριάτου» (1917), στο: Άπαντα, τόμ. 31, Σύγχρονη "
        "Εποχή, Αθήνα 1981, σελ. 45.",
        [full("Λένιν", "Τα καθήκοντα του προλεταριάτου", "1981")],
    ),
    (
        "full: no date (χ.χ.)",
        "Γ. Κορδάτος, *Ιστορία του αγροτικού κινήματος*, Εκδ. Μπουκουμάνη, Αθήνα χ.χ., σ. 45.",
        [full("Κορδάτος", "Ιστορία του αγροτικού κινήματος")],
    ),
    (
        "full: an edition (2η έκδ.) before the place",
        "Ν. Σβορώνος, *Επισκόπηση της νεοελληνικής ιστορίας*, Θεμέλιο, 2η έκδ., Αθήνα 1976.",
        [full("Σβορώνος", "Επισκόπηση της νεοελληνικής ιστορίας", "1976")],
    ),
    (
        "full: a preface (πρόλ.) and an editor (επιμ.)",
        "Α. Γκράμσι, *Τα τετράδια της φυλακής*, πρόλ. Β. Τζερατάνα, επιμ. Ν. Ψυρούκης, "
        "Στοχαστής, Αθήνα 1987.",
        [full("Γκράμσι", "Τα τετράδια της φυλακής", "1987")],
    ),
    (
        "full: a volume τ. 2 and Λονδίνο",
        "Ε. Π. Τόμσον, *Η διαμόρφωση της αγγλικής εργατικής τάξης*, τ. 2, Λονδίνο 1963.",
        [full("Τόμσον", "Η διαμόρφωση της αγγλικής εργατικής τάξης", "1963")],
    ),
    (
        "full: Νέα Υόρκη, a colon and a Latin-script publisher",
        "Μ. Μπέρμαν, *Ό,τι είναι στέρεο λιώνει στον αέρα*, Νέα Υόρκη: Simon and Schuster, 1982.",
        [full("Μπέρμαν", "Ό,τι είναι στέρεο λιώνει στον αέρα", "1982")],
    ),
    (
        "full: the place, a colon, the publisher and the year with no comma",
        "Π. Κονδύλης, Η παρακμή του αστικού πολιτισμού, Αθήνα: Θεμέλιο 1991.",
        [full("Κονδύλης", "Η παρακμή του αστικού πολιτισμού", "1991")],
    ),
    (
        "full: the first edition's year in brackets after the edition cited",
        "Ρόζα Λούξεμπουργκ, Η ρωσική επανάσταση, εκδ. Κέδρος, Αθήνα, 1987 (1η έκδ. 1922).",
        [full("Λούξεμπουργκ", "Η ρωσική επανάσταση", "1987")],
    ),
    (
        "full: μτφ. (translator) before the imprint",
        "Κ. Μαρξ, Το Κεφάλαιο, μτφ. Π. Μαυρομμάτης, Σύγχρονη Εποχή, Αθήνα 2002.",
        [full("Μαρξ", "Το Κεφάλαιο", "2002")],
    ),
    (
        "full: μετάφραση and εκδόσεις written out",
        "Κ. Μαρξ, Το Κεφάλαιο, μετάφραση Π. Μαυρομμάτης, εκδόσεις Σύγχρονη Εποχή, Αθήνα 2002.",
        [full("Μαρξ", "Το Κεφάλαιο", "2002")],
    ),
    (
        "full: the surname alone, a plain title opening with an article (no given name)",
        "Μαρξ, Το Κεφάλαιο, Σύγχρονη Εποχή, Αθήνα 2002.",
        [full("Μαρξ", "Το Κεφάλαιο", "2002")],
    ),
    (
        "full: the original's title and year in brackets (πρωτ.) before the edition cited",
        "Γ. Λούκατς, *Ιστορία και ταξική συνείδηση* (πρωτ. *Geschichte und Klassenbewusstsein*, "
        "1923), Οδυσσέας, Αθήνα 1975.",
        [full("Λούκατς", "Ιστορία και ταξική συνείδηση", "1975")],
    ),
    # containers
    (
        "full: a chapter στο: a writer's collected works",
        "Φ. Ένγκελς, «Η καταγωγή της οικογένειας», στο: Μαρξ-Ένγκελς, *Διαλεχτά έργα*, "
        "τόμ. 2, Γνώση, Αθήνα 1985, σσ. 45–47.",
        [full("Ένγκελς", "Η καταγωγή της οικογένειας", "1985")],
    ),
    (
        "full: a journal article, περιοδικό «…», τχ.",
        "Γ. Μηλιός, «Το ζήτημα του κράτους», περιοδικό «Θέσεις», τχ. 75, 2001, σσ. 12-34.",
        [full("Μηλιός", "Το ζήτημα του κράτους", "2001")],
    ),
    (
        "full: a newspaper article and a date in numbers",
        "Α. Ελεφάντης, «Η αριστερά και η εξουσία», εφημ. Ριζοσπάστης, 12/3/1998, σ. 4.",
        [full("Ελεφάντης", "Η αριστερά και η εξουσία", "1998")],
    ),
    (
        "full: the writer after the title, in the genitive (του: by)",
        "*Η κομμουνιστική υπόθεση* του Αλαίν Μπαντιού, Πατάκης, Αθήνα 2010.",
        [full("Μπαντιού", "Η κομμουνιστική υπόθεση", "2010")],
    ),
    (
        "full: the writer in prose, Όπως … ο … στο (as … argues in) and an imprint",
        "Όπως υποστηρίζει ο Μπαντιού στο *Η κομμουνιστική υπόθεση*, Πατάκης, Αθήνα 2010, σ. 12.",
        [full("Μπαντιού", "Η κομμουνιστική υπόθεση", "2010")],
    ),
    # cues and more works
    (
        "full: Σχετικά βλ. (the adverb first) and a plain title",
        "Σχετικά βλ. Α. Μπαντιού, Η κομμουνιστική υπόθεση, Πατάκης, Αθήνα 2010.",
        [full("Μπαντιού", "Η κομμουνιστική υπόθεση", "2010")],
    ),
    (
        "full: a label before a colon (Πηγή: source)",
        "Πηγή: Α. Μπαντιού, Η κομμουνιστική υπόθεση, Πατάκης, Αθήνα 2010.",
        [full("Μπαντιού", "Η κομμουνιστική υπόθεση", "2010")],
    ),
    (
        "full: Πρβλ. (compare) before the work",
        "Πρβλ. Ε. Χομπσμπάουμ, *Η εποχή των άκρων*, Θεμέλιο, Αθήνα 1995, σ. 12.",
        [full("Χομπσμπάουμ", "Η εποχή των άκρων", "1995")],
    ),
    (
        "full: two works joined by ;",
        "Βλ. Κ. Μαρξ, *Το Κεφάλαιο*, τόμ. 1, Αθήνα 1978; Β. Ι. Λένιν, *Κράτος και "
        "επανάσταση*, Αθήνα 1990.",
        [
            full("Μαρξ", "Το Κεφάλαιο", "1978"),
            full("Λένιν", "Κράτος και επανάσταση", "1990"),
        ],
    ),
    (
        "full: two works joined by και",
        "Βλ. Κ. Μαρξ, *Το Κεφάλαιο*, Σύγχρονη Εποχή, Αθήνα 1978, και Β. Ι. Λένιν, *Κράτος "
        "και επανάσταση*, Σύγχρονη Εποχή, Αθήνα 1990.",
        [
            full("Μαρξ", "Το Κεφάλαιο", "1978"),
            full("Λένιν", "Κράτος και επανάσταση", "1990"),
        ],
    ),
    # negatives: publishers, places, journals, newspapers
    ("negative: a place, a colon, a publisher, a page", "Αθήνα: Κέδρος, 1987, σ. 45.", []),
    ("negative: Εκδ. and a place", "Εκδ. Ύψιλον, Αθήνα 1985.", []),
    ("negative: Εκδόσεις, a place and pages", "Εκδόσεις Κέδρος, Αθήνα, 1987, σσ. 45–47.", []),
    ("negative: Εκδόσεις, a publisher and a year", "Εκδόσεις Θεμέλιο, 1978, σ. 12.", []),
    ("negative: a publisher, a place and κ.ε.", "Οδυσσέας, Αθήνα 1975, σ. 12 κ.ε.", []),
    ("negative: a place, a publisher, a year", "Αθήνα, Κέδρος, 1987.", []),
    ("negative: Λονδίνο and a Latin publisher", "Λονδίνο: Verso, 2012.", []),
    ("negative: Νέα Υόρκη and a page", "Νέα Υόρκη, 1982, σελ. 45.", []),
    ("negative: Παρίσι and a year", "Παρίσι 1968.", []),
    ("negative: a two-word publisher", "Σύγχρονη Εποχή, Αθήνα 1990, σελ. 12.", []),
    ("negative: a journal's issue", "περιοδικό «Θέσεις», τχ. 75, 2001.", []),
    ("negative: a newspaper and a date", "Ριζοσπάστης, 12/3/1998.", []),
    ("negative: εφημ. and a date", "εφημ. Η Καθημερινή, 12/3/1998, σ. 5.", []),
    ("negative: Πρβλ. and a publisher", "Πρβλ. Εκδόσεις Οδυσσέας, Αθήνα 1975.", []),
    ("negative: a newspaper in guillemets and a date", "«Ριζοσπάστης», 12/3/1998, σ. 4.", []),
    ("negative: a journal, a volume and a year in brackets", "Θέσεις 12 (1985): 34-56.", []),
    ("negative: a publisher named by a person's initials", "Εκδ. Α.Α. Λιβάνη, Αθήνα 1995.", []),
    ("negative: two places joined by a hyphen", "Αθήνα-Γιάννινα 1985, σ. 4.", []),
    ("negative: a place, a dash and a publisher", "Αθήνα – Εκδόσεις Κέδρος, 1987.", []),
    ("negative: two places joined by a spaced hyphen", "Αθήνα - Θεσσαλονίκη 1998, σ. 4.", []),
    ("negative: two publishers joined by a dash", "Κέδρος – Θεμέλιο, Αθήνα 1987.", []),
    ("negative: a place, a colon, a publisher, no comma", "Αθήνα: Θεμέλιο 1991, σ. 14.", []),
    ("negative: a genitive place after a marked title", "*Η ιστορία* της Θεσσαλονίκης, σ. 4.", []),
    ("negative: a label, a place and a year", "Πηγή: Αθήνα 2010, σ. 4.", []),
    ("negative: a label and a publisher", "Για περισσότερα: Εκδόσεις Πατάκης, Αθήνα 2010.", []),
    ("negative: hyphenated initials alone and a place", "Ζ.-Π., Αθήνα 1977, σ. 4.", []),
    (
        "negative: a subtitle's words, a volume and a place",
        "Κριτική της πολιτικής οικονομίας, τόμ. 1, Αθήνα 1978.",
        [],
    ),
    # negatives: marks
    ("negative: a first edition's bracket", "(1η έκδ. 1922), σ. 4.", []),
    ("negative: an original's bracket", "(πρωτ. *Geschichte und Klassenbewusstsein*, 1923).", []),
    ("negative: a volume in roman numerals and a place", "τ. Ι, Αθήνα 1978, σ. 45.", []),
    ("negative: Α΄ τόμος and a publisher", "Α΄ τόμος, Σύγχρονη Εποχή, Αθήνα 1978.", []),
    (
        "negative: a translator with initials without a space",
        "μτφρ. Γ.Π. Σαββίδης, Αθήνα 1987.",
        [],
    ),
    ("negative: an editor with an initial run in", "επιμ. Κ.Τσουκαλάς, Θεμέλιο, Αθήνα 1984.", []),
    ("negative: pages", "σελ. 45-47.", []),
    ("negative: a volume τόμ. Α΄ and a page", "τόμ. Α΄, σ. 12.", []),
    (
        "negative: a translator and a publisher",
        "μετάφρ. Ε. Αστερίου, Εκδόσεις Οκτώ, Αθήνα 2011.",
        [],
    ),
    ("negative: an editor and a publisher", "επιμ. Ν. Ψυρούκης, Στοχαστής, Αθήνα 1987.", []),
    ("negative: a preface and a place", "πρόλ. Β. Τζερατάνα, Αθήνα 1987.", []),
    ("negative: an edition and a publisher", "2η έκδ., Κέδρος, Αθήνα 1987.", []),
    ("negative: no date and a page", "χ.χ., σ. 45.", []),
    ("negative: an issue, a year and pages", "τχ. 75, 2001, σσ. 12-34.", []),
    ("negative: μτφ. and a publisher", "μτφ. Π. Μαυρομμάτης, Σύγχρονη Εποχή, Αθήνα 2002.", []),
    ("negative: επιμέλεια written out", "επιμέλεια: Κ. Τσουκαλάς, Θεμέλιο, Αθήνα 1984.", []),
    ("negative: μετάφραση written out", "μετάφραση Π. Μαυρομμάτης, Αθήνα 2002, σ. 4.", []),
    # negatives: dates, prose, quantities
    (
        "negative: prose opening with an article, a place and a year",
        "Το ίδιο συνέβη, Αθήνα 1998.",
        [],
    ),
    ("negative: a question and a year in brackets", "Γιατί; (1902), σ. 4.", []),
    ("negative: a date", "12 Μαρτίου 1998, σ. 3.", []),
    ("negative: a person and a year in prose", "Ο Λένιν έγραψε το 1917 για το κράτος.", []),
    ("negative: a year opening prose", "Το 1917 ο Λένιν επέστρεψε στην Πετρούπολη.", []),
    (
        "negative: two persons and a place in prose",
        "Ο Μαρξ και ο Ένγκελς συναντήθηκαν στο Παρίσι το 1844.",
        [],
    ),
    (
        "negative: a quantity, a year and a place",
        "Περίπου 3.000 εργάτες απεργούσαν το 1936 στη Θεσσαλονίκη.",
        [],
    ),
    ("negative: a person's speech in prose", "Η ομιλία του Λένιν στο συνέδριο, 1920.", []),
    ("negative: a person named and a page", "Λένιν, σελ. 45.", []),
    ("negative: see his book, a page", "Βλ. το βιβλίο του, σελ. 45.", []),
    (
        "negative: a work named in passing in prose, no details",
        "Όπως έγραψε ο Λένιν στο *Κράτος και επανάσταση*, το κράτος θα απονεκρωθεί.",
        [],
    ),
    ("negative: a person in prose, στην and a place", "Ο Λένιν στην Αθήνα, 1920.", []),
    (
        "negative: the article by a person, no work named",
        "Βλ. το άρθρο του Σ. Ζίζεκ στην ίδια εφημερίδα.",
        [],
    ),
    ("negative: two persons with a dash in prose", "Η συνάντηση Μαρξ – Ένγκελς έγινε το 1844.", []),
    ("negative: a year and a quantity", "Το 1936, 12.000 απεργοί, σελ. 4.", []),
]


def readings(note: str) -> list[Reading]:
    source = read_bytes("m.md", manuscript(note).encode("utf-8"))
    return [
        (c.form, tuple(a.surname for a in c.authors), c.title, c.year)
        for c in find_note_citations(source)
    ]


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(note: str, expected: list[Reading]) -> None:
    assert readings(note) == expected


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, _, _ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
    assert len(CASES) >= 40


# Publishers, places, journals, newspapers and marks written in the rows: never an author,
# for either reader (the author-year one too), in any row.
NOT_NAMES = {"Αθήνα", "Λονδίνο", "Παρίσι", "Νέα Υόρκη", "Υόρκη", "Θεσσαλονίκη", "Κέδρος"}
NOT_NAMES |= {"Σύγχρονη Εποχή", "Εποχή", "Θεμέλιο", "Οδυσσέας", "Ύψιλον", "Γνώση", "Οκτώ"}
NOT_NAMES |= {
    "Στοχαστής",
    "Μπουκουμάνη",
    "Λιβάνη",
    "Πατάκης",
    "Αυγή",
    "Γιάννινα",
    "Εκδόσεις",
    "Εκδ",
    "Θέσεις",
    "Ριζοσπάστης",
}
NOT_NAMES |= {
    "Νήσος",
    "Τόμος",
    "τόμος",
    "Καθημερινή",
    "Verso",
    "Schuster",
    "περιοδικό",
    "εφημ",
    "Άπαντα",
}
NOT_NAMES |= {"σελ", "σ", "σσ", "τόμ", "τ", "τχ", "μτφρ", "μετάφρ", "επιμ", "πρόλ", "εκδ", "χ.χ"}


@pytest.mark.parametrize("note", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_no_publisher_place_or_mark_is_an_author(note: str) -> None:
    named = surnames_read(note)
    assert not named & NOT_NAMES
