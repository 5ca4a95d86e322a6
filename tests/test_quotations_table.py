"""Table-driven: which quotation marks `unbalanced-quote` reports, and which it leaves alone.

Each case is a manuscript and the places the findings start at, each given as the text that
begins at the reported mark. Half the cases are hard negatives: apostrophes, primes,
quotations over several paragraphs, « » and „ “, quotes inside titles in notes.
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

NOTE = "Text.1\n\n"  # a body paragraph with a marker, so what follows is note 1

# (id, manuscript, file name, where each finding starts)
FINDS = [
    ("curly-unclosed", "He said “hello and left.", "a.txt", ["“hello"]),
    ("straight-unclosed", 'He said "hello and left.', "a.txt", ['"hello']),
    ("curly-unopened", "He said hello” and left.", "a.txt", ["” and"]),
    ("straight-unopened", 'He left." Then he came back.', "a.txt", ['" Then']),
    (
        "same-style-nested-outer-open",
        "the state is “the creation of “order”, which “legalises this oppression”.",
        "a.txt",
        ["“the creation"],
    ),
    (
        "british-single-unclosed",
        "‘Hello,’ she said. ‘Goodbye and farewell.",
        "a.txt",
        ["‘Goodbye"],
    ),
    (
        "straight-single-dominant-unclosed",
        "'Hello,' she said. 'Goodbye,' he said. 'Never again.",
        "a.txt",
        ["'Never"],
    ),
    ("inner-single-unclosed", "He wrote “the ‘old guard of the revolution”.", "a.txt", ["‘old"]),
    ("guillemet-unclosed", "Il a dit « bonjour et il est parti.", "a.txt", ["« bonjour"]),
    ("guillemet-unopened", "Il a dit « oui » puis bonjour » et parti.", "a.txt", ["» et"]),
    ("low-high-unclosed", "Er sagte „Hallo und ging.", "a.txt", ["„Hallo"]),
    ("low-high-second-unclosed", "„Ja“, sagte er. „Nein, sagte sie.", "a.txt", ["„Nein"]),
    ("polish-second-unclosed", "Powiedział „tak” i „nie, i wyszedł.", "a.txt", ["„nie"]),
    (
        "multi-paragraph-never-closed",
        "“First paragraph of the speech.\n\n“Second and last paragraph.",
        "a.txt",
        ["“Second"],
    ),
    (
        "multi-paragraph-not-reopened",
        "“First paragraph of the speech, which runs on for a good while about the state of "
        "the party and its tasks.\n\nSecond paragraph, which does not open again as the "
        "convention wants, and closes here.” He sat down.",
        "a.txt",
        ["“First", "” He"],
    ),
    (
        "note-title-unclosed",
        NOTE + '1 Smith, "The New Left, Journal 3 (1990): 4.',
        "a.txt",
        ['"The New'],
    ),
    (
        "unclosed-among-apostrophes",
        "The workers’ state was “a fiction, said O’Brien.",
        "a.txt",
        ["“a fiction"],
    ),
    ("after-dash", 'He said—"stop and go.', "a.txt", ['"stop']),
    ("first-closer-deleted", '"One, he said, "two."', "a.txt", ['"One']),
    ("markdown-block-quote", "Intro.\n\n> “To be or not to be.\n", "a.md", ["“To be"]),
    ("single-guillemet-inner", "« Il a dit ‹ non et il est parti »", "a.txt", ["‹ non"]),
    ("marker-ends-it", NOTE.replace("Text", "the “sheer magnitude of it"), "a.txt", ["“sheer"]),
]

LEAVES = [
    ("possessive-plural", "the workers’ state and the bosses’ profits.", "a.txt"),
    ("decades", "in the ’30s, the '40s and the ‘60s", "a.txt"),
    ("rock-n-roll", "rock ’n’ roll, rock 'n' roll and rock ‘n’ roll", "a.txt"),
    ("names-and-contractions", "O’Brien and O'Neill don't agree; it’s late.", "a.txt"),
    ("primes", 'He is 5\' 10" tall and the board is 12" wide.', "a.txt"),
    (
        "multi-paragraph-curly",
        "“First paragraph of a speech.\n\n“Second paragraph.\n\n“Third and last.”",
        "a.txt",
    ),
    (
        "multi-paragraph-straight",
        '"First paragraph of a speech.\n\n"Second paragraph.\n\n"Third and last."',
        "a.txt",
    ),
    (
        "verse-one-line-a-paragraph",
        '"A squatting child full of sadness releases\n\n    A boat as fragile as a May '
        'butterfly.\n\n    Nor swim under the terrible eyes of prison ships."',
        "a.txt",
    ),
    ("guillemets-french", "Il a dit « bonjour » et « au revoir ».", "a.txt"),
    ("guillemets-german", "Er sagte »Hallo« und ging »weg«.", "a.txt"),
    ("low-high-german", "Er sagte „Hallo“ und ging, „Tschüss“.", "a.txt"),
    ("low-high-nested", "Er sagte „Das ist ‚gut‘ so“ und ging.", "a.txt"),
    ("note-title-curly", NOTE + "1 Smith, “The ‘New’ Left,” Journal 3 (1990): 4.", "a.txt"),
    ("note-title-straight", NOTE + "1 Smith, \"The 'New' Left,\" Journal 3 (1990): 4.", "a.txt"),
    ("nested-properly", "He wrote “the ‘old guard’ of the revolution”.", "a.txt"),
    ("closed-singles", "the ‘purges’ and ‘fascists’ and ‘traitors’, a mystery.", "a.txt"),
    ("possessive-inside-curly", "He called it “the workers’ state” twice.", "a.txt"),
    ("possessive-inside-straight", 'He called it "the workers\' state" twice.', "a.txt"),
    ("elisions", "'tis the season, ’twas the night, ’em all.", "a.txt"),
    ("short-years", "the '68 generation and the class of '97.", "a.txt"),
    (
        "markdown-html-attribute",
        'See <a href="/2009/08/x">the interview</a> and "this" too.',
        "a.md",
    ),
    ("single-words-straight", "He used \"scare quotes\" and 'single words' too.", "a.txt"),
    ("stacked-closers", "“He said ‘no.’” Then he left.", "a.txt"),
    ("s-possessives", "Jones’s and the Jameses’ books, the 1990s' boom.", "a.txt"),
    (
        "note-title-in-collection",
        NOTE + "1 Lenin, “The State and Revolution,” in Collected Works, vol. 25.",
        "a.txt",
    ),
    ("markdown-link-title", 'See [the "Red" book](https://x.org/"a") now.', "a.md"),
]


def _starts(text: str, expected: list[str]) -> list[int]:
    return [text.index(fragment) for fragment in expected]


@pytest.mark.parametrize(
    ("text", "name", "expected"), [c[1:] for c in FINDS], ids=[c[0] for c in FINDS]
)
def test_unbalanced_quote_finds(text: str, name: str, expected: list[str]) -> None:
    result = lint_text(text, "unbalanced-quote", name=name)
    assert sorted(f.span.start for f in result.findings) == sorted(_starts(text, expected))


@pytest.mark.parametrize(("text", "name"), [c[1:] for c in LEAVES], ids=[c[0] for c in LEAVES])
def test_unbalanced_quote_leaves_alone(text: str, name: str) -> None:
    result = lint_text(text, "unbalanced-quote", name=name)
    assert [f.message for f in result.findings] == []


def test_the_table_is_large_and_half_hard_negatives() -> None:
    assert len(FINDS) + len(LEAVES) >= 40
    assert len(LEAVES) >= (len(FINDS) + len(LEAVES)) / 2
