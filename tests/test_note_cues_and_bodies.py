"""What a note cites, by its cue and its details, and a body's name misspelt (issue 11,
round 17).

- A cue's abbreviation ("Vgl.", "Cf.", "Βλ.", "π.χ.", "zit. nach") ends no sentence: what follows it is
  cited, even after a word of prose ("Vgl. etwa …", "Βλ. π.χ. τη μελέτη του …").
- A newspaper named by "εφ." is a citation's detail, as a journal's volume is: the piece
  is cited, not named in passing.
- A body read whole in the note ("Initiative of Left Unoinists") and listed by its last
  word ("Unionists"): its last word misspelt is a slip (inconsistent-reference), not
  another author.

Invented writers and titles; half the rows are negatives (the entry listed, the name
right, a work named in the prose).
"""

from __future__ import annotations

from tests.test_note_seeded_classes import document_rows_tests

KOHL = "Vgl. etwa Ida Kohl, *Die lange Pause* (2001)."
KOHL_ENTRY = "Kohl, *Die lange Pause*, 2001."
RALLIS = "Βλ. π.χ. τη μελέτη του Νίκου Ράλλη, *Η μακριά παύση* (2004)."
RALLIS_ENTRY = "Ράλλη, *Η μακριά παύση*, 2004."
RALLIS_PAPER = (
    "Ο αναγνώστης μπορεί να δει το άρθρο του Ν. Ράλλη, «Η μακριά παύση», εφ. *Η Ημέρα*, 3/4/2004."
)
BODY = "Π.χ. Πρωτοβουλία Ελεύθερων Ναυετργατών, *Διακήρυξη για τη μακριά νύχτα*, Πειραιάς, Ιούλιος 1991."
BODY_RIGHT = "Π.χ. Πρωτοβουλία Ελεύθερων Ναυτεργατών, *Διακήρυξη για τη μακριά νύχτα*, Πειραιάς, Ιούλιος 1991."
BODY_ENTRY = "Πρωτοβουλία Ελεύθερων Ναυτεργατών, *Διακήρυξη για τη μακριά νύχτα*, 1991."

ROWS = [
    ("a German cue before a word of prose, no entry", [KOHL], [], "missing-reference", [4]),
    ("a German cue before a word of prose, listed", [KOHL], [KOHL_ENTRY], "missing-reference", []),
    ("a Greek cue and its abbreviation, no entry", [RALLIS], [], "missing-reference", [4]),
    ("a Greek cue and its abbreviation, listed", [RALLIS], [RALLIS_ENTRY], "missing-reference", []),
    ("a work quoted after 'zit. nach', no entry", ["Kohl, Brief an Rohde vom 21.03.1936, zit. nach Tols, A. (1988): Die stille Stadt."], ["Kohl, 1936."], "missing-reference", [4]),
    ("a work quoted after 'zit. nach', listed", ["Kohl, Brief an Rohde vom 21.03.1936, zit. nach Tols, A. (1988): Die stille Stadt."], ["Kohl, 1936.", "Tols, *Die stille Stadt*, 1988."], "missing-reference", []),
    ("a work named in prose with its year", ["Wie Ida Kohl in *Die lange Pause* (2001) zeigt, war das anders."], [], "missing-reference", []),
    ("a newspaper piece, no entry", [RALLIS_PAPER], [], "missing-reference", [4]),
    ("a newspaper piece, listed", [RALLIS_PAPER], [RALLIS_ENTRY], "missing-reference", []),
    ("a body's last word misspelt", [BODY], [BODY_ENTRY], "inconsistent-reference", [4]),
    ("a body's name as listed", [BODY_RIGHT], [BODY_ENTRY], "inconsistent-reference", []),
    ("a two-word surname as listed", ["Paula Stedman Jones, *Ways of Seeing Red* (London: Verso, 1999)."], ["Stedman Jones, *Ways of Seeing Red*, 1999."], "inconsistent-reference", []),
]  # fmt: skip


test_cue_or_body, test_the_rows_hold_both_ways = document_rows_tests(ROWS)
