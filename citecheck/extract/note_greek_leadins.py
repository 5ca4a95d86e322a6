"""The words a Greek note sets before a work that belong to no citation: a joining word
between two works ("ή", or; "αλλά και", but also; "καθώς και", as well as) and an adverb of
example or contrast ("Π.χ.", e.g.; "Για παράδειγμα,"; "Ενδεικτικά,"; "από την άλλη πλευρά,",
on the other hand; "αντίθετα,", by contrast; "Σχετικά,", on this; "Κυρίως", mainly), or a
topic phrase ("Για τη συζήτηση,", on this debate), as English "See, for example," or "Or, on
the other hand,". The work starts after them: "Ενδεικτικά" is no one's surname.
"""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import UPPER
from citecheck.lazy_regex import lazy_compile

# A joining word, then perhaps an adverb of example, emphasis or contrast, or a topic phrase
# and its comma ("Για τη συζήτηση,": on this debate, as English "On this debate, see"), each
# perhaps with its comma, before a capital or a title's mark.
# matches "ή, από την άλλη πλευρά, ", "Π.χ. ", "Ενδεικτικά, ", "Για παράδειγμα, ", "αλλά και ",
# "καθώς και ", "ή, αντίθετα, ", "Σχετικά, ", "Κυρίως ", "Για τη συζήτηση, ", "Για μια
# πρώτη προσέγγιση, " before a name; not "ή" before lower case ("ή το άρθρο" is prose),
# "Ενδεικτικός" (an adjective), "και " alone (`note_reading.AND_TITLE` reads it: the same
# writer's next title), "Για την Αθήνα" (no adverb; a topic phrase of lower-case words and a
# comma only: "Για την Αθήνα, " names a place), "Για τη συζήτηση " (no comma), "για την
# αντίθετη άποψη, " before a surname alone (a short form in prose, which an earlier work of
# the writer must vouch for: `note_leadin_short`; a topic phrase opens a full form, its
# writer with an initial or a given name)
_LEAD_IN = lazy_compile(
    rf"""(?i:(?:ή|αλλά(?:\s+και)?|καθώς\s+και|όπως\s+και)(?:\s*,\s*|\s+))?
        (?i:(?:π\.\s?χ\.|για\s+παράδειγμα|ενδεικτικά|αντίθετα|αντίστροφα|εξάλλου|επιπλέον
            |σχετικά|ειδικότερα|ιδίως|κυρίως|αναλυτικά|συνοπτικά
            |από\s+την\s+άλλη(?:\s+(?:πλευρά|μεριά))?
            |για\s+μια\s+(?:διαφορετική|αντίθετη)\s+(?:άποψη|ανάγνωση|οπτική)
            |για\s+(?:τη|την|το|τον|τα|τις|τους|μια|ένα|έναν)
               (?-i:\s+[α-ωάέήίόύώϊϋΐΰς]+){{1,4}}
               (?=\s*,\s*(?-i:[{UPPER}][^\W\d_]?\.|[{UPPER}][^\W\d_]+\s+[{UPPER}])))
          (?:\s*,\s*|\s+))?
        (?=[{UPPER}*«“"])""",
    re.VERBOSE,
)


def greek_lead_in_end(s: str, k: int) -> int:
    """Where the work starts after the Greek lead-in at `k`, or `k` when none stands there."""
    found = _LEAD_IN.match(s, k)
    return found.end() if found else k
