"""ambiguous-ibid reads the notes in the order a reader meets them, each with the citations
inside it. A Markdown file may define note 2 before note 1 (it is printed after it, so an
Ibid. there follows note 1); a text whose numbering starts again in each chapter has two
notes 1, and an Ibid. opening the second chapter's notes refers to nothing before it
(Chicago 14.34: ibid. refers to the note immediately preceding). Every writer and title is
invented."""

from __future__ import annotations

from tests.helpers import lint_text

PIKE = "Harold Pike, *War and Reform* (London: Pluto, 1982), 3."
HALDANE = "Grigory Haldane, The Iron Road (London: Verso, 1977), 9."


def notes_reported(text: str, name: str) -> list[int]:
    result = lint_text(text, "ambiguous-ibid", name=name)
    return [f.data["note"] for f in result.findings if f.rule == "ambiguous-ibid"]


def markdown(*definitions: tuple[str, str]) -> str:
    body = "Claim one.[^a] Claim two.[^b] Claim three.[^c]\n\n"
    return body + "".join(f"[^{label}]: {text}\n\n" for label, text in definitions)


def chapters(first: list[str], second: list[str]) -> str:
    def chapter(title: str, notes: list[str]) -> str:
        claims = " ".join(f"A claim.{n}" for n in range(1, len(notes) + 1))
        listed = "".join(f"{n}. {text}\n" for n, text in enumerate(notes, 1))
        return f"{title}\n\n{claims}\n\nNotes\n\n{listed}\n"

    return chapter("Chapter One", first) + chapter("Chapter Two", second)


def test_markdown_notes_defined_out_of_order_are_read_in_their_order() -> None:
    text = markdown(("b", "Ibid., 45."), ("a", PIKE), ("c", "Ibid., 46."))
    assert notes_reported(text, "m.md") == []


def test_markdown_ibid_opening_the_notes_is_still_reported() -> None:
    text = markdown(("a", "Ibid., 45."), ("b", PIKE), ("c", "Ibid., 46."))
    assert notes_reported(text, "m.md") == [1]


def test_ibid_opening_a_new_chapters_notes_is_reported() -> None:
    text = chapters([HALDANE, "Ibid., 4."], ["Ibid., 5.", HALDANE])
    assert notes_reported(text, "m.txt") == [1]


def test_ibid_inside_a_new_chapters_notes_after_a_work_passes() -> None:
    text = chapters([HALDANE, "Ibid., 4."], [HALDANE, "Ibid., 5."])
    assert notes_reported(text, "m.txt") == []
