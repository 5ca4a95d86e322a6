"""Issue 11, round 18: another edition of a listed work, named after it in the same note.

Synthetic notes and lists (invented writers, titles and publishers). Chicago (14.109–14.110)
gives a translation with its original, or an original with its translation, in one note:
one work published twice, which a works-cited list gives once. `note_other_editions` keeps
`missing-reference` from reporting the edition named after a cue ("originally", "English
translation:", "trans. as", "first published as") when the work before it in the note, by
the same writer, matched an entry.

The negatives: the work before matched nothing (its entry removed: both reported); another
work of the writer joined by "and his" (no cue); a cue before another writer's work; the
edition in a later note, not after its work; an edition cited alone.
"""

from __future__ import annotations

import pytest

from tests.test_note_citation_rules import findings, manuscript

VALE = "Henri Vale, *The Militant Shop: Paris, 1955–1975*, trans. Sara Bell (London: Verso, 2019)"
ROUSSE = "Jean Rousse, *Le jour des docks* (Paris: Seuil, 1968)"
LIST = (
    "\n## Works cited\n\n"
    "Vale, Henri. *The Militant Shop: Paris, 1955–1975*. London: Verso, 2019.\n\n"
    "Rousse, Jean. *Le jour des docks*. Paris: Seuil, 1968.\n\n"
    "Rudd, Tom. *Salt and Iron*. Leeds: Dale Press, 2001.\n"
)
WITHOUT_VALE = LIST.replace(
    "Vale, Henri. *The Militant Shop: Paris, 1955–1975*. London: Verso, 2019.\n\n", ""
)

# (class, notes, works-cited list, notes reported by missing-reference)
CASES = [
    (
        "the original after its translation: 'originally'",
        [f"{VALE}, originally *La librairie militante* (Paris: La Fabrique, 2015), 97–121."],
        LIST,
        [],
    ),
    (
        "the original after its translation: 'originally published as', after ';'",
        [f"{VALE}, 12; originally published as *La librairie militante* (Paris: La Fabrique, "
         "2015)."],
        LIST,
        [],
    ),
    (
        "the translation after its original: 'English translation:'",
        [f"{ROUSSE}; English translation: *The Day of the Docks*, trans. Ann Bell (London: "
         "Verso, 1974), 12."],
        LIST,
        [],
    ),
    (
        "the translation after its original: 'trans. as'",
        [f"{ROUSSE}, 4, trans. as *The Day of the Docks* (London: Verso, 1974), 12."],
        LIST,
        [],
    ),
    (
        "negative: the work before has no entry, so both are missing",
        [f"{VALE}, originally *La librairie militante* (Paris: La Fabrique, 2015), 97–121."],
        WITHOUT_VALE,
        [1, 1],
    ),
    (
        "negative: the writer's other work joined by 'and his', no cue",
        ["Tom Rudd, *Salt and Iron* (Leeds: Dale Press, 2001), 40; and his *Harbour Lights* "
         "(Leeds: Dale Press, 2004), 3."],
        LIST,
        [1],
    ),
    (
        "negative: a cue before another writer's work",
        ["Tom Rudd, *Salt and Iron* (Leeds: Dale Press, 2001), 41; English translation: Nora "
         "Stiles, *The Iron Ports* (London: Verso, 1990)."],
        LIST,
        [1],
    ),
    (
        "negative: the other edition in a later note",
        [f"{VALE}, 12.", "Henri Vale, *La librairie militante* (Paris: La Fabrique, 2015), 97."],
        LIST,
        [2],
    ),
    (
        "negative: the other edition cited alone",
        ["Henri Vale, *La librairie militante* (Paris: La Fabrique, 2015), 97."],
        LIST,
        [1],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("notes", "works_cited", "notes_reported"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_missing_reference(notes: list[str], works_cited: str, notes_reported: list[int]) -> None:
    found = findings(manuscript(*notes, works_cited=works_cited), "missing-reference")
    assert [f.data["note"] for f in found] == notes_reported


def test_balance() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
