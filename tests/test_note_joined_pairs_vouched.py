"""Two writers by their surnames joined by Spanish "y" or French "et" in a short form, vouched
for by an earlier note (issue 11, twenty-fifth round).

"y", "et" and "και" join a title's words or two places as often as two writers ("Paris et
Londres, *Les conseils*, p. 4." is read as nothing), so a pair of surnames alone is taken
only when an earlier note read a work of the first under the title the short form gives
(`note_joined_short`). That held for Greek notes with a page mark ("σ. 9") only: a Spanish
note's short form, "Kuethe y Andrien, El mundo atlántico español, 26--27.", its page bare,
was read as nothing in a web copy, and its Markdown, the title marked, as Andrien's alone.
Now a bare page counts as the marked one does, and a reading whose writer is the second of
such a pair is given both when the earlier note vouches.

The direction came from the real notes read whole (one Spanish article's short forms of a
two-writer book); the notes here are invented. Half the rows are negatives: no earlier
note, an earlier work of the first writer under another title, a year in place of a page,
places joined by "et".
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

KUETHE = "Allan J. Kuethe y Kenneth J. Andrien, *El mundo atlántico español* (Madrid: Marcial Pons, 2018), 12."
DELEUZE = "Gilles Deleuze et Félix Guattari, *Mille plateaux* (Paris : Minuit, 1980), 9."
OTHER = "Allan J. Kuethe, *Cuba, 1753--1815* (Knoxville: University of Tennessee Press, 1986), 4."

# (case, earlier note, the short form's note, its writers)
VOUCHED = [
    ("Spanish, the title marked", KUETHE, "Kuethe y Andrien, *El mundo atlántico español*, 51--56.", "Kuethe/Andrien"),
    ("Spanish, a web copy's plain title", KUETHE, "Kuethe y Andrien, El mundo atlántico español, 26--27.", "Kuethe/Andrien"),
    ("Spanish, the second work after ';'", KUETHE, "Véase Eissa-Barroso, The Spanish Monarchy, 113--25; Kuethe y Andrien, El mundo atlántico español, 24--25.", "Kuethe/Andrien"),
    ("French, the title marked", DELEUZE, "Deleuze et Guattari, *Mille plateaux*, 12.", "Deleuze/Guattari"),
    ("French, a web copy's plain title", DELEUZE, "Deleuze et Guattari, Mille plateaux, 12.", "Deleuze/Guattari"),
]  # fmt: skip

# (case, earlier note or None, the note): no reading with two writers
NOT_VOUCHED = [
    ("no earlier note, the title marked", None, "Kuethe y Andrien, *El mundo atlántico español*, 51--56."),
    ("no earlier note, a plain title", None, "Kuethe y Andrien, El mundo atlántico español, 26--27."),
    ("the first writer's other work before", OTHER, "Kuethe y Andrien, *El mundo atlántico español*, 51--56."),
    ("the first writer's other work before, plain", OTHER, "Kuethe y Andrien, El mundo atlántico español, 26--27."),
    ("a year, not a page", KUETHE, "Kuethe y Andrien, El mundo atlántico español, 2018."),
    ("places joined by 'et'", DELEUZE, "Paris et Londres, *Les conseils*, p. 4."),
]  # fmt: skip


def _writers(earlier: str | None, note: str) -> list[str]:
    body = "Text.[^1] More.[^2]" if earlier else "Text.[^2]"
    text = f"{body}\n\n" + (f"[^1]: {earlier}\n\n" if earlier else "") + f"[^2]: {note}\n"
    citations = lint_text(text, name="m.md").manuscript.note_citations
    return ["/".join(a.surname for a in c.authors) for c in citations if c.note == 2]


@pytest.mark.parametrize(
    ("case", "earlier", "note", "writers"), VOUCHED, ids=[r[0] for r in VOUCHED]
)
def test_an_earlier_work_vouches_for_the_pair(
    case: str, earlier: str, note: str, writers: str
) -> None:
    assert writers in _writers(earlier, note)


@pytest.mark.parametrize(("case", "earlier", "note"), NOT_VOUCHED, ids=[r[0] for r in NOT_VOUCHED])
def test_no_pair_without_its_work_before(case: str, earlier: str | None, note: str) -> None:
    assert all("/" not in writers for writers in _writers(earlier, note))
