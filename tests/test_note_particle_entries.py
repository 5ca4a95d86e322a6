"""Issue 11, round 21: a bibliography's entry in a note, its surname after a particle.

"de Beauvoir, Simone. *Harbour Lights*. Leeds: Dale Press, 1999." is Chicago's bibliography
form (14.67) with a particle kept before the surname (8.5). The reader took "de Beauvoir,
Simone." for a short form titled "Simone" and the book for a work with no writer: a false
work, and a work a works-cited list could not match by its writer. The inverted name's
surname may now have particles before it, in lower case as such a surname writes them. A
capitalised "La", "Le" or "Des" opens a place as often ("La Paz", "Des Moines"), and two
capitalised words may be a place or a given-first person ("New York, Dale", "Karl Marx,
*Capital*"): the negatives hold those as they were. Synthetic notes (invented works).
"""

from __future__ import annotations

from tests.note_tables import rendering_table_tests, unsigned, work

# (class, note, readings in Markdown, readings in the web copy)
CASES = [
    (
        "one particle",
        "de Beauvoir, Simone. *Harbour Lights*. Leeds: Dale Press, 1999.",
        [work("de Beauvoir", "Harbour Lights", "1999")],
        [work("de Beauvoir", "Harbour Lights", "1999")],
    ),
    (
        "two particles",
        "van der Berg, Anna. *Salt and Iron*. Leeds: Dale Press, 2001.",
        [work("van der Berg", "Salt and Iron", "2001")],
        [work("van der Berg", "Salt and Iron", "2001")],
    ),
    (
        "a Spanish particle and article",
        "de la Cruz, Ana. *Harbour Lights*. Leeds: Dale Press, 1999.",
        [work("de la Cruz", "Harbour Lights", "1999")],
        [work("de la Cruz", "Harbour Lights", "1999")],
    ),
    (
        "negative: an inverted name with no particle, as before",
        "Vell, Ann. *Harbour Lights*. Leeds: Dale Press, 1999.",
        [work("Vell", "Harbour Lights", "1999")],
        [work("Vell", "Harbour Lights", "1999")],
    ),
    (
        "negative: a given-first person, then a title",
        "Karl Marx, *Capital*. London: Penguin, 1976.",
        [work("Marx", "Capital", "1976")],
        [work("Marx", "Capital", "1976")],
    ),
    (
        "negative: a place and a publisher before the title",
        "New York, Dale. *Harbour Lights*. Leeds: Dale Press, 1999.",
        [unsigned("Harbour Lights", "1999")],
        [],
    ),
    (
        "negative: a particle inside a title is no surname",
        "Ann Vell, *Harbour de la Mer*. Leeds: Dale Press, 1999.",
        [work("Vell", "Harbour de la Mer", "1999")],
        [work("Vell", "Harbour de la Mer", "1999")],
    ),
]  # fmt: skip

test_markdown, test_web = rendering_table_tests(CASES)


def test_balance() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
