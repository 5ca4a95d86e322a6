"""Two surnames joined by Spanish "y" or French "et" in a short form (issue 11, twenty-fifth
round).

"y" and "et" joined persons only before a person with given names ("Vell et Roe" may be
"Paris et Londres"), so a short form of two writers by their surnames alone, "Kuethe y
Andrien, *El mundo atlántico español*, 51--56.", read the second surname only (Markdown) or
nothing at all (the same note copied from a web page, its title plain). Now two surnames
joined so count as writers in a short form's shape: a title, marked or plain up to a comma,
then a page (as a slashed pair "Marx/Engels" needs).

The direction came from the real notes read whole (a Spanish article's short forms of one
two-writer book, lost in every web reading); the rows here are invented. Half of them are
negatives: places and a title's words joined by "y" or "et" before an imprint or a year,
"et al.", and a pair before a four-digit number.
"""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span

# (case, note, first writer, second writer, title)
READ = [
    ("Spanish, a marked title", "Kuethe y Andrien, *El mundo atlántico español*, 51--56.", "Kuethe", "Andrien", "El mundo atlántico español"),
    ("Spanish, a plain title (a web copy)", "Kuethe y Andrien, El mundo atlántico español, 26--27.", "Kuethe", "Andrien", "El mundo atlántico español"),
    ("Spanish, after a cue", "Véase Kuethe y Andrien, El mundo atlántico español, 24--25.", "Kuethe", "Andrien", "El mundo atlántico español"),
    ("French, a marked title", "Deleuze et Guattari, *Mille plateaux*, 12.", "Deleuze", "Guattari", "Mille plateaux"),
    ("French, a plain title", "Deleuze et Guattari, Mille plateaux, 12.", "Deleuze", "Guattari", "Mille plateaux"),
    ("the second work of a note", "Win Klooster, “Inter-Imperial Smuggling,” en *Soundings*, ed. Bernard Bailyn (Cambridge: Harvard University Press, 2009), 146; Kuethe y Andrien, *El mundo atlántico español*, 51--56.", "Kuethe", "Andrien", "El mundo atlántico español"),
]  # fmt: skip

# (case, note): no writers "Paris", "Guerra", "Vell" and a second one
NOT_READ = [
    ("places before a year", "Paris et Londres, 1990."),
    ("a title's words before a place and a year", "Guerra y Paz, Madrid, 1990."),
    ("a title's words before a volume and a year", "Guerra y Paz, Tomo 2, 1990."),
    ("places before a publisher", "Madrid y Barcelona, Crítica, 1990."),
    ("et al. after one surname", "Vell et al., *Harbour Lights*, 12."),
    ("a title's words before a plain place and a year", "Marx et Engels, Le Manifeste, Paris, 1848."),
]  # fmt: skip


def _readings(text: str):
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)), "1")
    return list(note_citations_in(text, note))


@pytest.mark.parametrize(
    ("case", "text", "first", "second", "title"), READ, ids=[r[0] for r in READ]
)
def test_two_surnames_joined_in_a_short_form_are_its_writers(
    case: str, text: str, first: str, second: str, title: str
) -> None:
    found = [c for c in _readings(text) if c.title == title]
    assert [[a.surname for a in c.authors] for c in found] == [[first, second]]
    assert found[0].form == "short"


@pytest.mark.parametrize(("case", "text"), NOT_READ, ids=[r[0] for r in NOT_READ])
def test_places_and_title_words_are_no_pair_of_writers(case: str, text: str) -> None:
    for citation in _readings(text):
        assert len(citation.authors) < 2, citation
