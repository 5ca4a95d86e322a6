"""Rules on note citations: missing-reference and uncited-reference for notes,
short-form-before-full, ambiguous-ibid, inconsistent-reference; each failing and passing."""

from __future__ import annotations

from tests.helpers import lint_text

BODY = "".join(f"Claim {n}.[^{n}] " for n in range(1, 6)) + "\n\n"

LEWIN = "Moshe Lewin, *Lenin's Last Struggle* (Ann Arbor: University of Michigan Press, 2005), 3."
CLIFF = "Tony Cliff, *Lenin: Building the Party* (London: Pluto, 1975), 12."
WORKS_CITED = (
    "\n## Works cited\n\n"
    "Lewin, Moshe. *Lenin's Last Struggle*. Ann Arbor: University of Michigan Press, 2005.\n\n"
    "Cliff, Tony. *Lenin: Building the Party*. London: Pluto, 1975.\n"
)


def manuscript(*notes: str, works_cited: str = "") -> str:
    body = "".join(f"Claim {n}.[^{n}] " for n in range(1, len(notes) + 1)) + "\n\n"
    definitions = "".join(f"[^{n}]: {text}\n\n" for n, text in enumerate(notes, 1))
    return body + definitions + works_cited


def findings(text: str, rule: str) -> list:
    result = lint_text(text, rule, name="m.md")
    return [f for f in result.findings if f.rule == rule]


def test_short_form_before_full_fails_without_the_full_form() -> None:
    found = findings(manuscript("Lewin, *Lenin's Last Struggle*, 41."), "short-form-before-full")
    assert [f.data["note"] for f in found] == [1]


def test_short_form_after_full_passes() -> None:
    text = manuscript(LEWIN, "Lewin, *Lenin's Last Struggle*, 41.")
    assert findings(text, "short-form-before-full") == []


def test_ambiguous_ibid_after_two_works_and_at_the_start() -> None:
    text = manuscript(f"{LEWIN[:-1]}; {CLIFF}", "Ibid., 45.")
    found = findings(text, "ambiguous-ibid")
    assert [f.data["note"] for f in found] == [2]
    assert "2 works" in found[0].message
    assert [f.data["note"] for f in findings(manuscript("Ibid., 4."), "ambiguous-ibid")] == [1]


def test_ibid_after_one_work_passes() -> None:
    assert findings(manuscript(LEWIN, "Ibid., 45.", "Ibid."), "ambiguous-ibid") == []


def test_inconsistent_reference_between_notes() -> None:
    text = manuscript(LEWIN, LEWIN.replace("Lewin", "Lewni"), LEWIN.replace("2005", "2006"))
    found = findings(text, "inconsistent-reference")
    assert [(f.data["note"], f.data["field"]) for f in found] == [(2, "author"), (3, "year")]


def test_inconsistent_reference_against_the_works_cited_list() -> None:
    text = manuscript(LEWIN.replace("Lewin", "Lewni"), CLIFF, works_cited=WORKS_CITED)
    found = findings(text, "inconsistent-reference")
    assert [(f.data["field"], f.data["cited"], f.data["listed"]) for f in found] == [
        ("author", "Lewni", "Lewin")
    ]


def test_consistent_notes_pass() -> None:
    text = manuscript(LEWIN, CLIFF, "Lewin, *Lenin's Last Struggle*, 5.", works_cited=WORKS_CITED)
    assert findings(text, "inconsistent-reference") == []


def test_missing_reference_for_a_note_citation_with_a_suggestion() -> None:
    text = manuscript(
        LEWIN,
        CLIFF.replace("Building the Party", "Building the Parti"),
        "Ervand Abrahamian, *Iran Between Two Revolutions* (Princeton: PUP, 1982).",
        works_cited=WORKS_CITED,
    )
    found = findings(text, "missing-reference")
    assert [f.data["note"] for f in found] == [3]
    assert "has no entry" in found[0].message


def test_works_cited_in_full_are_cited() -> None:
    text = manuscript(LEWIN, CLIFF, works_cited=WORKS_CITED)
    assert findings(text, "missing-reference") == []
    assert findings(text, "uncited-reference") == []
    uncited = findings(manuscript(LEWIN, works_cited=WORKS_CITED), "uncited-reference")
    assert [f.data["key"][:5] for f in uncited] == ["cliff"]


def test_suggestion_for_another_work_of_a_listed_author() -> None:
    text = manuscript(
        "Moshe Lewin, *The Soviet Century* (London: Verso, 2005).", CLIFF, works_cited=WORKS_CITED
    )
    found = findings(text, "missing-reference")
    assert len(found) == 1 and found[0].suggestion and found[0].suggestion.startswith("lewin")


def test_citation_format_in_notes_reports_a_page_prefix_against_bare_pages() -> None:
    text = manuscript(LEWIN, CLIFF, "Lewin, *Lenin's Last Struggle*, 41.", "Cliff, *Lenin*, p. 13.")
    found = findings(text, "citation-format")
    assert [(f.data["note"], f.suggestion) for f in found] == [(4, "13")]


def test_citation_format_in_notes_passes_when_pages_agree() -> None:
    text = manuscript(LEWIN, CLIFF, "Lewin, *Lenin's Last Struggle*, 41.", "Cliff, *Lenin*, 13.")
    assert findings(text, "citation-format") == []


WEB_COPY = """The Congo Crisis

The city grew quickly after independence.1 Its markets were studied closely.2 Later \
scholars disagreed.3

Notes

1 Jane Smith, Cities of Memory (Durham: Duke University Press, 2012), 4.

2 Guy Mounanda, Brazzaville: une ville en crise (Paris: Karthala, 2001), 17; Paul Roe, \
"Arcades," Fillip 16 (Spring 2012).

3 Smith, Cities of Memory, 9.

Works Cited

Smith, Jane. Cities of Memory. Durham: Duke University Press, 2012.

Mouanda, Guy. Brazzaville: une ville en crise. Paris: Karthala, 2001.

Roe, Paul. "Arcades." Fillip 16 (Spring 2012).

Lewin, Moshe. Lenin's Last Struggle. Ann Arbor: University of Michigan Press, 2005.
"""


def test_web_copy_with_a_works_cited_list_finds_the_real_problems_only() -> None:
    result = lint_text(WEB_COPY, "C", name="article.txt")
    found = [(f.rule, f.data.get("cited") or f.data.get("key")) for f in result.findings]
    assert found == [("inconsistent-reference", "Mounanda"), ("uncited-reference", "lewin2005")]
    assert result.manuscript.citations == ()  # no "Durham, 2012" or "Fillip, 2012"
