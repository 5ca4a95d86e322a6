"""A full form in brackets whose writer the sentence named before it, by surname alone
(issue 11, round 17).

"Ferran himself, in an interview given later (Ferran, “Entretien avec Odile,” *La
Nouvelle Critique*, no. 104 (May 1977): 31–38), said so": Chicago's full note form set in
brackets inside prose. `note_bracketed` read such a bracket when it opened with a person
with given names ("Tomas Verrell, “…,”"); a surname alone ("Verrell, “…") may be a place
or a word of prose, so it is read now only when the segment names that surname before the
bracket and the bracket's work is vouched for by its periodical or imprint, as before.

Negatives: the surname not named before the bracket, a place in the writer's slot, no
periodical after the title.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, work

ROWS = [
    ("an interview, the writer named before the bracket",
     "Ferran himself, in an interview given later (Ferran, “Entretien avec Odile,” *La Nouvelle "
     "Critique*, no. 104 (May 1977): 31–38), said so.",
     [work("Ferran", "Entretien avec Odile", "1977")]),
    ("an essay, 'As X wrote'",
     'As Verrell wrote (Verrell, "Notes on the Strike," *Harbour Review* 12 (1990): 4), the strike failed.',
     [work("Verrell", "Notes on the Strike", "1990")]),
    ("negative: the surname not named before the bracket",
     "He said so later (Ferran, “Entretien avec Odile,” *La Nouvelle Critique*, no. 104 (May 1977): 31–38).",
     []),
    ("negative: a place in the writer's slot",
     'Ferran said it in Paris (Paris, "Entretien," *Le Monde*, 4 May 1977).',
     []),
    ("negative: no periodical after the quoted words",
     "Ferran himself, in an interview (Ferran, “a strike of the whole port,” as he put it), said so.",
     []),
]  # fmt: skip

test_the_writer_and_title_in_both_renderings, test_no_author_year_in_the_web_copy = (
    both_renderings_tests(ROWS)
)


def test_half_the_rows_are_negatives() -> None:
    assert 2 * sum(r[0].startswith("negative") for r in ROWS) >= len(ROWS)
