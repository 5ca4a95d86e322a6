"""Hostile-input complexity probes (issue 17): does lint time grow linearly with the input?

Run: .venv/bin/python bench/complexity.py [--only NAME[,NAME…]] [--timeout SECONDS]
     .venv/bin/python bench/complexity.py --deadline   (the deadline probes at 8n only)
     make complexity

Each probe builds a manuscript from one pathological shape (a run of "Ab-", an unclosed
Markdown fence, a References entry with an odd given name…) at sizes n, 2n, 4n and 8n,
and times the whole in-process pipeline on it: read, directives, extract, every rule
(``--select ALL``), suppression and the text reporter. Each size runs in a fresh
subprocess, after one warm-up lint, and is timed in CPU seconds (`time.process_time`), so
the import and the other engineers' load on the machine count as little as possible; 4n
and 8n take the best of two runs.

Linear growth doubles the time from 4n to 8n; the run fails (exit 1, naming the probe) when
any probe's 4n -> 8n ratio exceeds 2.6, when a size exceeds the timeout or raises, or when a
probe with a deadline (100,000 glued markers, 100,000 Markdown footnotes, 20,000 HTML
footnotes: under 10 s) misses it. `--deadline` times only the probes with a deadline, only at
8n (best of two fresh runs, as above), prints their seconds and fails (exit 1) when one takes
longer than its deadline.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python bench/x.py` without installing
    sys.path.insert(0, str(ROOT))

MAX_RATIO = 2.6
SCALES = (1, 2, 4, 8)
DEFAULT_TIMEOUT = 60.0  # seconds of wall time per size before the probe is called a hang


@dataclass(frozen=True)
class Probe:
    name: str
    suffix: str  # picks the reader
    n: int  # the base size; the probe runs at n, 2n, 4n and 8n
    build: Callable[[int], str]
    deadline: float | None = None  # CPU seconds the 8n size must stay under
    owner: str = ""  # whose code the probe exercises, when it is not this module's author's


def _references_given(n: int) -> str:
    # An unusual given name: "!" after the letters made `_GIVEN` backtrack exponentially.
    return f"Body text.\n\nReferences\n\nCliff, {'a' * n}!, 1974. State Capitalism.\n"


def _references_given_first(n: int) -> str:
    # A list paragraph of capitalised words and particles, then a year alone: the given-first
    # name of `reflist._GIVEN_FIRST` (bounded words, each read possessively).
    words = " ".join(["Tob de Vark"] * n)
    return f"Body text.\n\nReferences\n\n{words}, 2020.\n\nCliff, Tony. 1974. State.\n"


def _note_plain_title_by(n: int) -> str:
    # A note that opens with a long run of capitalised words and ", by" without a person:
    # the plain title before ", by" is sought once per segment, within bounds.
    words = " ".join(["Word"] * n)
    return f"Body.[^1]\n\n[^1]: See {words}, by , by {words} (London: Verso, 2002).\n"


# The twentieth round's shapes, each run long in one note: a title and "by" with no comma
# before a writer and no bracket (`_PLAIN_TITLE_BY`'s bare form); "et al." in emphasis
# (`plain_et_al`); inverted names joined by "et" before a stop (`NAMES_SENTENCE`); a cue and
# an inverted name closing prose (`_cued_inverted_name`, a bounded look).
def _note_bare_by(n: int) -> str:
    words = " ".join(["Word"] * n)
    return f"Body.[^1]\n\n[^1]: {words} by Tomas Vell by Anna Roe, London: Verso, 2002.\n"


def _note_emphasised_et_al(n: int) -> str:
    return "Body.[^1]\n\n[^1]: " + "Vell *et al.*, " * n + "*Title* (London: Verso, 2002).\n"


def _note_inverted_et(n: int) -> str:
    return "Body.[^1]\n\n[^1]: " + "Vell, Tomas, et Roe, Anna, " * n + "et Hale, Ruth. *T*.\n"


def _note_cued_inverted(n: int) -> str:
    prose = " ".join(["word"] * n)
    work = "Vell, Tomas. *Harbour* (London: Verso, 2002)."
    return f"Body.[^1]\n\n[^1]: For the {prose}, see {work}\n"


def _note_known_short_title(n: int) -> str:
    full = "Ruth Kessel, *Harbour Lights* (Leeds: Dale Press, 2001), 40."
    prose = "The strike spread to Leeds. " * n
    return f"Body.[^1] More.[^2]\n\n[^1]: {full}\n\n[^2]: Kessel, Harbour Lights. {prose}\n"


def _note_stopped_year(n: int) -> str:
    return "Body.[^1]\n\n[^1]: Ann B. Vell. 1992. " + "Harbour " * n + "Lights. Leeds: Dale.\n"


def _note_listed_persons(n: int) -> str:
    persons = "Anna Roe, " * n
    return f"Body.[^1]\n\n[^1]: Vell, Tomas, {persons}and Ruth Hale. *Harbour*. Leeds: Dale.\n"


def _one_note(text: str) -> str:
    """A manuscript of one sentence whose single note is `text` (a probe's long note)."""
    return "Body.[^1]\n\n[^1]: " + text


# Round 22's shapes (issue 11): a sentence's subject of many persons before "in" (each
# looked back over for the persons joined to it), a lead-in of many words before a plain
# title closed by a place or a publisher and a year, and a short form's "quoted in" another
# writer's year, each in one long note with no ";".
def _note_subject_lists(n: int) -> str:
    persons = "Tom Rudd and " * n
    work = "Ann Vell in Salt Roads of the North (Leeds: Dale, 1990)."
    return f"Body.[^1]\n\n[^1]: This is the argument of {persons}{work}\n"


def _note_round22_leads(n: int) -> str:
    work = (
        "For the figures see Peter Clark, European Cities and Towns (Oxford, 2009), 121, "
        "and Susan Vell, Women and Work (Pluto Press, 2019), quoted in Roe (1990), "
    )
    return _one_note(work * n + "and more.\n")


# The twenty-fourth round's web shapes (issue 11): a writer's next works after "and" with
# open imprints and pages, a question for a title and its editors after it, Spanish and
# French lists and cues, a work given again with a paragraph and an address; in one long
# note with no ";" (every "and" after a page is a place a segment may end).
def _note_round24_shapes(n: int) -> str:
    work = (
        "Ann Vell, Salt Roads, Leeds: Dale, 1947, 3, and Harbour Ledgers, Leeds: Dale, 1950, 4, "
        "and Wer regiert den Hafen? Hg. v. Hans Müller, Berlin 1974, S. 12, "
        "ver Ana Vela y Tomás Ruiz, Los caminos (Madrid, 1990), 12 y otros, "
        "Vell, Salt Roads, para. 14, https://example.org/vell, "
    )
    return _one_note(work * n + "and more.\n")


# The twenty-fifth round's shapes (issue 11): comma lists of persons before a marked title,
# a plain title's span of years before a subtitle, an edition or a colon's words, "y" pairs
# after an earlier work, "en" before a part's book, a review's cue after a title, a short
# form in prose closed by "and"; in one long note with no ";".
def _note_round25_shapes(n: int) -> str:
    work = (
        "Tom Vell, Ann Roe, Jo Hale, *Harbour Lights*, 2014, "
        "Tom Vell, Harbour Lights, 1750–1840: Remaking the Ports (Leeds: Dale, 2006), "
        "Tom Vell, Salt, Tar, Rope: Abstract Models of a Harbour (Leeds: Dale, 2005), "
        "Kuethe y Andrien, El mundo atlántico español, 26--27, "
        'Gonzalo Vela, "De amnistías", en *Memoria de un país*, ed. Mario Peña (Bogotá: '
        "Planeta, 2001), 239, praised in the Review of Northern Letters, "
        "seen in Dicken, *Journalistic Standards*, 66-7 and "
    )
    return _one_note(work * n + "more.\n")


# Round 26's shapes (issue 11): n notes, each a surname, a short title and an address
# whose work the list gives longer (each looked back over the notes before it for the
# writer and the listed year), and a given-name short form with its address in the next
# sentence (the address read past).
def _note_round26_shapes(n: int) -> str:
    body = " ".join(f"A claim.[^{i}]" for i in range(1, n + 1))
    notes = "\n".join(
        f"[^{i}]: Vell, *Harbour Lights*, her speech on {_letters(i)} (union archive): "
        f"https://example.org/{_letters(i)}. Hazel Vell, “Harbour,” {i}. Available at: "
        f"https://example.org/h/{_letters(i)}."
        for i in range(1, n + 1)
    )
    listed = "\n\n## Works cited\n\nVell, Hazel. *Harbour Lights of the Northern Coast*. 1999.\n"
    return f"{body}\n\n{notes}{listed}"


# Round 26's web-copy shapes: n notes, each a short title of an earlier work after
# "Quoted in", a possessive's four words and "in", a quoted title's own "?" before a
# journal's volume and date, and a lower-case "see:" after prose; and one long note of n
# such sentences with no ";".
def _note_round26_web(n: int) -> str:
    sentence = (
        "Quoted in Capital, {i}. Vell's theory was first developed in The Harbour Lights "
        '(London: Verso, 1999). "Who Rules?" Harbour Notes 4 (Winter 1999). On this, lately '
        "see: Hazel Vell, Harbour Lights (1999)."
    )
    body = " ".join(f"A claim.[^{i}]" for i in range(1, n + 2))
    first = "[^1]: Karl Marx, Capital: A Critique of Political Economy (London: Penguin, 1976), 3."
    notes = "\n".join(f"[^{i + 1}]: " + sentence.format(i=i) for i in range(1, n + 1))
    long_note = f"[^{n + 2}]: " + " ".join(sentence.format(i=i) for i in range(n))
    return f"{body} Last.[^{n + 2}]\n\n{first}\n{notes}\n{long_note}\n"


def _ab_hyphen(n: int) -> str:
    return "See " + "Ab-" * n + " 1974.\n"


def _o_apostrophe(n: int) -> str:
    return "See " + "O’" * n + " 1974.\n"


def _space_run(n: int) -> str:
    return "See Cliff" + " " * n + "and Harman" + " " * n + "x, 1974.\n"


def _semicolon_list(n: int) -> str:
    items = "; ".join(f"Cliff, {1900 + i % 100}" for i in range(n))
    return f"As argued ({items}).\n"


def _dash_chain(n: int) -> str:
    return "Between " + "15 - " * n + "15 million died.\n"


def _letters(i: int) -> str:
    """A word of its own for each note, so that no two notes repeat each other (N106)."""
    word = ""
    while i:
        i, digit = divmod(i, 26)
        word += "abcdefghijklmnopqrstuvwxyz"[digit]
    return word


# The marker probes carry no other numbers and no repeated notes: they measure markers and
# notes, not figures or one finding per note.
def _glued_markers(n: int) -> str:
    body = " ".join(f"A claim.{i}" for i in range(1, n + 1))
    notes = "\n".join(f"{i} A note on {_letters(i)}." for i in range(1, n + 1))
    return f"{body}\n\nNotes\n\n{notes}\n"


def _markdown_footnotes(n: int) -> str:
    body = " ".join(f"A claim.[^{i}]" for i in range(1, n + 1))
    notes = "\n".join(f"[^{i}]: A note on {_letters(i)}." for i in range(1, n + 1))
    return f"{body}\n\n{notes}\n"


# Books (issue 15): n chapters whose notes restart at 1, notes after their paragraphs;
# and an index column of n entries with no heading.
def _book_parts_text(n: int) -> str:
    return "".join(
        f"Chapter {i}\n\nA claim.1 Another.2\n\n[1] On {_letters(i)}.\n\n[2] By {_letters(i)}.\n\n"
        for i in range(1, n + 1)
    )


def _book_parts_markdown(n: int) -> str:
    return "".join(
        f"# Chapter {i}\n\nA claim.[^1]\n\n[^1]: On {_letters(i)}.\n\n" for i in range(1, n + 1)
    )


def _index_column(n: int) -> str:
    entries = "\n".join(f"{_letters(i).title()}, {i % 300 + 1}, {i % 97 + 2}." for i in range(1, n))
    return f"Body.1\n\n1 A note.\n\n{entries}\n"


def _link_runs(n: int) -> str:
    return "Text " + "](" * n + " end.\n"


def _link_titles(n: int) -> str:
    # An opened link title never closed: each "](" reads its bounded title (500 characters).
    return "Text " + '[a](x "' * n + " end.\n"


def _link_angles(n: int) -> str:
    # An opened "<" destination never closed: each "](<" stops at the next "<".
    return "Text " + "[a](<x " * n + " end.\n"


def _reference_links(n: int) -> str:
    # Many defined labels and as many links using them, and unclosed "[" between.
    links = " ".join(f"[w{i}][l{i}] [" for i in range(n))
    return "Text " + links + "\n\n" + "".join(f"[l{i}]: https://x.org/{i}\n" for i in range(n))


def _unclosed_fences(n: int) -> str:
    # A fence with an info string ("```python") opens a block but cannot close one.
    return "Text.\n\n" + "```python\ncode\n\n" * n


def _unclosed_comments(n: int) -> str:
    return "Text.\n\n" + "<!-- a\n\n" * n


def _unclosed_display_math(n: int) -> str:
    return "Text.\n\n" + "\\[ x\n\n" * n


def _unclosed_verbatim(n: int) -> str:
    return "Text.\n\n" + "\\begin{verbatim} x\n\n" * n


def _long_digits(n: int) -> str:
    return "The count was " + "1" * n + " people.\n"


def _html_deep_nesting(n: int) -> str:
    return "<div>" * n + "<p>A claim.<sup>1</sup></p><ol><li>The note.</li></ol>"


# Pandoc's footnotes: a link in a superscript per marker, a list item per note.
def _html_footnotes(n: int) -> str:
    body = " ".join(
        f'A claim.<a href="#fn{i}" class="footnote-ref" id="fnref{i}"><sup>{i}</sup></a>'
        for i in range(1, n + 1)
    )
    notes = "\n".join(
        f'<li id="fn{i}"><p>A note on {_letters(i)}.<a href="#fnref{i}" '
        'class="footnote-back">↩</a></p></li>'
        for i in range(1, n + 1)
    )
    return f'<p>{body}</p>\n<section class="footnotes"><ol>\n{notes}\n</ol></section>\n'


# Quotations opened and never closed, each nested in the last, in one note: every one
# gives an unbalanced-quote finding whose excerpt once split the rest of the paragraph.
def _unclosed_quotes_in_note(n: int) -> str:
    return "Body.[^1]\n\n[^1]: " + '"quote (' * n + "\n"


# One note of short forms with no ";" between them: each once searched the rest of the note
# for details read on. And many notes of short forms of a work in a container, each of which
# once copied all the text before it to find the container.
def _note_short_forms(n: int) -> str:
    return "Body.[^1]\n\n[^1]: " + "Marx, *Capital*, 4, and " * n + "\n"


# One note of short forms, each followed by short sentences with no cue: the look for a
# sentence opening a reference of its own (`_NEXT_REFERENCE`) after each; and a plain
# title's years with runs of spaces around them (`_TITLE_YEARS`).
def _note_read_on_sentences(n: int) -> str:
    return "Body.[^1]\n\n[^1]: " + "Vell, *Harbour*. A b c d e f. " * n + "\n"


def _note_title_years(n: int) -> str:
    spaces = " " * n
    return f"Body.[^1]\n\n[^1]: Vell, Harbour Strikes,{spaces}1919{spaces}--{spaces}21, 45.\n"


def _short_forms_in_container(n: int) -> str:
    body = "".join(f"Text.[^{i}]\n" for i in range(1, n + 1))
    notes = "".join(
        f"[^{i}]: Smith, “Essay {i},” in *Collected Essays*, {i}.\n" for i in range(1, n + 1)
    )
    return body + "\n" + notes


# Short forms of works given in full only in the body's paragraphs or announced
# ("hereafter *Xn*") after full forms (`note_citations._given_in_body`, `note_hereafter`):
# each short form looks back over the body before its marker and the announcements.
def _short_forms_announced(n: int) -> str:
    body = "".join(
        f"Ab Cd wrote *Ef Gh* (Ij: Kl 19{i % 90 + 10}) and (Mn 19{i % 90 + 10}).[^{i}]\n"
        for i in range(1, n + 1)
    )
    notes = "".join(
        f"[^{i}]: Ab Cd, *Op {i}* (Ij: Kl, 1974); hereafter *Op {i}*; Cd, *Qr {i}*, 4.\n"
        for i in range(1, n + 1)
    )
    return body + "\n" + notes


# A long works-cited list of full-form entries: each line once rebuilt the set of keys
# taken, searched the list for its entry and scanned every author-year span before it.
def _works_cited_list(n: int) -> str:
    entries = "".join(
        f"{_letters(i).title()}ton, Ann. *A History of {_letters(i)}*. London: Verso, "
        f"{1900 + i % 100}.\n\n"
        for i in range(1, n + 1)
    )
    return "A claim (Smith, 1974).\n\n## References\n\n" + entries


# A long author-year reference list: each entry's line was once found by counting the
# newlines from the start of the file.
def _author_year_list(n: int) -> str:
    entries = "".join(
        f"{_letters(i).title()}ton, Ann, {1900 + i % 100}, A History of {_letters(i)}.\n"
        for i in range(1, n + 1)
    )
    return "A claim (Smith, 1974).\n\nReferences\n\n" + entries


# One note listing works after imprints, for a writer named before the cue, marked and (a
# web copy) plain: each work once cut and read, and a plain list item read on to the end.
# A note of block quotations each closed by a source in brackets: each bracket once looked
# back for its paragraph and the line introducing the quotation. A sentence of writers'
# possessives, each before a title: each once read on to the sentence's end.
def _note_listed_works(n: int) -> str:
    works = "*Salt Roads* (Leeds: Dale, 1977), " * n + "Salt Roads (Leeds: Dale, 1977), " * n
    return "Body.[^1]\n\n[^1]: Ann Cole's books. For Ann Cole, see " + works + "\n"


def _note_block_sources(n: int) -> str:
    quoted = "    > It held. (Cole, *Salt Roads*, 12.)\n\n" * n
    return "Body.[^1]\n\n[^1]: As Ann Cole has written,\n\n" + quoted


def _note_inline_plain(n: int) -> str:
    # A web copy's "in Surname, Words (imprint)" whose words are a long list of surnames
    # joined by "and", then many more "in Surname, Words" openings: each opening is read in
    # a bounded window, at most a dozen per segment.
    words = " and ".join(["Hale"] * n)
    openings = " ".join(["in Pike, Salt Roads and"] * n)
    return f"Body.[^1]\n\n[^1]: It is in Pike, {words} (Leeds: Dale, 1999), {openings} more.\n"


# Two editions and two volumes of one work (round 19, `note_editions`), the original's cue
# ("first … ed.") and an Ibid. after page ranges (`note_ibid_referents`): long runs of
# words inside a German edition statement, of capitalised words after "first", of ranges.
def _note_editions(n: int) -> str:
    detail = "2. erw. " + "ab. " * n + "Aufl., first " + "Ab " * n + "1999, vol. " + "1-" * n
    return (
        "Body.[^1][^2][^3]\n\n[^1]: Ann Cole, *Salt Roads*, " + detail + "2, London 1999, S. 5.\n"
        "[^2]: Ann Cole, *Salt Roads*, 2nd ed., vol. 3, London 2001, S. " + "5-6, " * n + "7.\n"
        "[^3]: Ibid., 5.\n"
    )


def _note_possessives(n: int) -> str:
    return "Body.[^1]\n\n[^1]: It reads like " + "Ann Cole's *Salt Roads* and " * n + "more.\n"


# A link escaped as "&lt;…&gt;" in a note: its masked tag leaves a run of spaces as long as
# the address, which the details' page and volume patterns once backtracked over cubically.
def _note_escaped_link(n: int) -> str:
    link = '&lt;<a href="https://example.org/' + "a" * n + '">link</a>&gt;'
    return 'Body.[^1]\n\n[^1]: Ann Cole, "Salt Roads," *Tide* 3 (2001): 5, ' + link + ".\n"


# Full forms read from their evidence back to their writer (round 15): many writers in
# prose, each before a plain title that no imprint closes, and a subject's long clause.
def _note_evidenced_writers(n: int) -> str:
    lead = (
        "Body.[^1]\n\n[^1]: See " + "Ann Cole's memoir, Salt Roads and Tom Hale, Tide Lines, " * n
    )
    return lead + "(Leeds: Dale, 1999).\n"


def _note_open_imprint_titles(n: int) -> str:
    # writers in prose, each followed by commas and capitalised words but no open imprint
    # until the note's end: each writer's title search stops within its window (round 24)
    lead = "Body.[^1]\n\n[^1]: The account is " + "Ann Cole, Salt Roads, Tide Lines, Hale, " * n
    return lead + "London: Dale, 1999.\n"


def _note_stop_subtitles(n: int) -> str:
    # prose, a writer and a title, a full stop, a subtitle and an imprint, many times in one
    # note: each stop looks back a bounded way for the writer (round 24)
    unit = "The account is Ann Cole, Salt Roads. Tide Lines (Leeds: Dale, 1999) and more. "
    return "Body.[^1]\n\n[^1]: " + unit * n + "\n"


def _note_subject_writers(n: int) -> str:
    clause = "Cole has developed " + "this argument further " * n + "in “Salt,” Tide, no. 4 ("
    return "Body.[^1]\n\n[^1]: " + clause + "I made " + "a point " * n + "in my review of it.\n"


# Works named by their kind and their writer (round 18): many German, Greek and English
# anchors (a genitive and a kind, a subject "in seinem Buch", "στο βιβλίο του", a possessive,
# an interview) in one segment, each before a plain title that no detail closes.
def _note_long_bracket(n: int) -> str:
    # a bracket of capitalised words after a title, no colon: each capital was once a
    # place an imprint was searched from, to the bracket's end (quadratic)
    return "Body.[^1]\n\n[^1]: Hans Berger, *Die Stadt* (" + "Word I. " * n + "1974), S. 4.\n"


def _note_kind_writers(n: int) -> str:
    unit = (
        "Bergers Studie Der Regen und So Berger in seinem Buch Der Wind und ο Παπαδόπουλος "
        "στο βιβλίο του Η βροχή και Vale's essay The Rain and the interview with Vale by Ann "
        "Rusk, and "
    )
    return "Body.[^1]\n\n[^1]: " + unit * n + "(Berlin 1990).\n"


# English note shapes (branch en12): a long sentence of "of Name, *Title*" with no imprint,
# each once read to the sentence's end; titles each closed by a page and a quotation after
# a colon, behind cues in one segment, each once matched to the segment's end; many ";"
# groups each opening with names and a year.
def _note_inline_forms(n: int) -> str:
    return "Body.[^1]\n\n[^1]: It is the view " + "of Ann Cole, *Salt Roads*, and " * n + "more.\n"


def _note_paged_titles(n: int) -> str:
    return "Body.[^1]\n\n[^1]: It is " + "from *Salt Roads*, 41: “It held.” and " * n + "more.\n"


# A quotation's source cues (branch en22): many closing quotes each followed by a person
# with given names and a verb of saying, none with a title after it; each cue is read at
# most once, and only the first forty are tried.
def _note_said_sources(n: int) -> str:
    return "Body.[^1]\n\n[^1]: " + '"It held," Ann Vell writes in ' * n + "the end.\n"


# Writers after a kind of work and "by" (branch en22): many "the reply by Tom Rudd, *Salt*"
# with no details after them, each tried only among the first few. (The same run with a
# plain title, "…, Salt (York: Dale, 1999)", times out on main as well: left alone.)
def _note_kind_by(n: int) -> str:
    return "Body.[^1]\n\n[^1]: See " + "the reply by Tom Rudd, *Salt* and " * n + "1999.\n"


# Many names, each followed by a plain title that never ends, and one imprint at the note's
# end: every name's title search once scanned to the end (quadratic; en22 found it).
def _note_titles_reach(n: int) -> str:
    return "Body.[^1]\n\n[^1]: " + "the reply by Tom Rudd, Salt " * n + "(York: Dale, 1999).\n"


def _note_dated_names(n: int) -> str:
    return "Body.[^1]\n\n[^1]: " + "Ann Cole, (1999) *Salt Roads*, *Tide* 3: 4; " * n + "\n"


# Reference-list entries in a note (branch ffv13): APA's names and bracketed year, an
# inverted name whose whole given name takes a full stop, an author-date reprint's two years,
# a plain title's "?" or full stop before its subtitle and imprint, a lead-in before "see";
# in one long note with no ";", and a run of initials before a bracket that never closes.
def _note_reference_entries(n: int) -> str:
    work = (
        "Pike, J. A. (1999). Salt Roads. Verso. Pike, Joan. [1951] 1999. Tide. Leeds: Dale. "
        "Joan Pike, Who Is Left? An Essay (Leeds, 1999). Joan Pike, Rivers. Quiet (Leeds, 1999) "
        "For a discussion, see Joan Pike, Tide (Leeds: Dale, 1999). "
    )
    return _one_note(work * n + "Pike, " + "J. " * n + "(1999\n")


# Greek and German full forms (branches gr12, de12; reviewed in rev12): one long note with
# no ";" of Greek works by initials and dash-joined names, and of German works with colon
# imprints, "a. M." places and "o. O."; and a slashed run after a title with no details,
# whose details read on once read the run again from each capital in it (quadratic).
def _note_greek_forms(n: int) -> str:
    work = "Κ. Μαρξ – Φ. Ένγκελς, «Το μανιφέστο», Β.Ι.Λένιν, Αθήνα 1978, σελ. 3, και "
    return _one_note(work * n + "\n")


# Greek conventions of round 13: a list of persons written surname first read person by
# person (`note_greek.more_surnames_first`), works joined by "και" with no comma (a
# segment cue tried after each page), APA entries "(2000). Title." and given names after the
# surname, all in one long note.
def _note_greek_surnames_first(n: int) -> str:
    names = "Καραμπέτσος Ν., " * n
    return "Body.[^1]\n\n[^1]: " + names + "Ο ιστορικός χαρακτήρας, Αθήνα: Κριτική 2000.\n"


def _note_greek_joined_works(n: int) -> str:
    work = "Ν. Καραμπέτσος, Ο ιστορικός χαρακτήρας, ό. π., σ. 12 και Καραμπέτσος Νικόλαος (2000). "
    return "Body.[^1]\n\n[^1]: Βλ. " + work * n + "Αθήνα: Κριτική.\n"


def _note_greek_marks(n: int) -> str:
    # round 16: Latin-script titles in «…» given English marks and Greek page marks given
    # English ones (`note_greek_marks`), works joined by "και" after a year in brackets
    # (`SEGMENT_CUE`), and guillemets never closed, all in long notes
    works = "Varga, «Harbour Towns» (1971) και «Coastal Fairs» (1974), σ. 4, σσ. 5–6, σελ. 7, "
    opened = "«Harbour and Sea " * n
    return "Body.[^1][^2]\n\n[^1]: " + works * n + "στο *Essays*.\n\n[^2]: " + opened + "\n"


def _note_greek_prose(n: int) -> str:
    # writers in prose before "ό.π." (`note_greek_backrefs.prose_op_cit`, searched through the
    # segment) and a speech's venue run long before its date (`note_greek_spoken`)
    prose = "υποστηρίζει ο Σωτηρόπουλος και η Παπαδάκη " * n
    spoken = "Ν. Καραμπέτσος, ομιλία στη " + "Βουλή " * n + "12/3/2015"
    return "Body.[^1][^2]\n\n[^1]: Το ίδιο " + prose + "(ό.π., σ. 12).\n\n[^2]: " + spoken + ".\n"


def _note_greek_prose_works(n: int) -> str:
    # round 15: writers in prose (`note_greek_prose_works`: a few tries a segment, each a
    # reading of the rest), a paper and its date, translations after their cue and unsigned
    # pieces after a lead (`note_greek_translations`, `note_greek_unsigned`), none vouched,
    # in one long note with no ";" or sentence end
    work = (
        "ο Α. Βάλτερ, Ένα βιβλίο χωρίς τόπο, του Κ. Μ. Ράλλη, «Ένας τίτλος», στην Αυγή της "
        "Δευτέρας (ελλ. μτφρ.: Λ. Χάρη, Άλλος τίτλος, χωρίς έτος) και το αφιέρωμα «Χ», "
        "Περιοδικό τχ. "
    )
    return "Body.[^1]\n\n[^1]: Βλ. " + work * n + "\n"


def _note_greek_sources(n: int) -> str:
    # round 22 (branch el22): initials joined by close dashes with no title after them
    # (`note_patterns.DASHED_INITIALED`, in `NAMES`), "στο:" before such names and no "(επιμ.)"
    # or comma (`note_reading._INNER_START`), and a translator's cue before runs of capitalised
    # words and a plain title that never reaches "μτφρ." (`note_greek_translations`)
    dashed = "Α. Βγ–Δ. Εζ–Η. Θι–Κ. Λμ " * n
    inner = "Η άποψη στηρίζεται στο: Α. Βγ–Δ. Εζ " * n
    translated = "[ελλ. μτφρ.: Αβ Γδ Εζ, Ηθ ικ λμ " + "νξ " * n + "]"
    return (
        "Body.[^1][^2][^3]\n\n[^1]: "
        + dashed
        + "\n\n[^2]: "
        + inner
        + "\n\n[^3]: "
        + translated
        + "\n"
    )


def _note_greek_written(n: int) -> str:
    # round 23 (branch el23): names with their original spelling in brackets cut from the
    # copy read (`note_original_names`), works set in prose after a year read on from it
    # (`note_greek_prose_works.later_greek_prose_works`, a few a segment), Greek plain full
    # forms in brackets (`note_bracketed`), "από τη" before a capital in a plain title
    originals = "Τζόναθαν Φάροουμπι (Jonathan Farrowby) και " * n
    later = "Βλ. " + "του Α. Βάλτερ, *Ένας τίτλος*, Αθήνα 1990, απαντά στο " * n
    brackets = "Η φράση " + "(Ε. Βαρδάκας, Η πόλη, Πέλαγος, Αθήνα 1990, σ. 9) και " * n
    from_titles = "Μ. Ηλιοπούλου, Γράμματα " + "από τη Σμύρνη " * n + ", Αθήνα 1999"
    # a writer in prose before a title and a bracket without an imprint, again and again
    # (`note_greek_writer_titles`), and "το πρωτότυπο (" brackets (`note_greek_originals`)
    writer_titles = "του Ευστάθιου Βαρδάκα έγραψε το *Η πόλη* (τεύχος 12) και " * n
    originals_bracketed = "Ε. Βαρδάκας, *Α*, Αθήνα 1990· " + "το πρωτότυπο (*Β*, σ. 4) " * n
    notes = (originals, later, brackets, from_titles, writer_titles, originals_bracketed)
    body = "Body." + "".join(f"[^{i}]" for i in range(1, len(notes) + 1)) + "\n\n"
    return body + "".join(f"[^{i}]: {t}\n\n" for i, t in enumerate(notes, 1))


def _note_greek_round24(n: int) -> str:
    # round 24 (branch gr24): a writer in prose, "στο", a title and an open imprint that
    # never closes (`note_greek_writer_titles`); a writer of an earlier note after his
    # article, "στο" and a title with no locator, and "ό.π." right after names
    # (`note_prose_shorts`); brackets of originals with initials and words mixed
    # (`note_original_names`); co-authors' short forms after "·" and topic phrases
    writer_titles = "του Ευστάθιου Βαρδάκα έγραψε στο *Η πόλη*, Αθήνα: Πέλαγος " * n
    shorts = "ο Βαρδάκας στο *Η πόλη*, του Ε. Βαρδάκα, «Α», ό.π. και του Βαρδάκα ό.π. " * n
    originals = "Ε. Βαρδάκας (Efstathios Vardakas) και Ευστάθιος Βαρδάκας (E. Vardakas) " * n
    # co-authors' short forms after "·", each a later work of the note, among works read
    # (`note_joined_short.joined_short_segments`), and topic phrases before them
    joined = "Βαρδάκας – Λάμπρου, Η πόλη, σ. 4· Για τη συζήτηση, Βαρδάκας, *Η πόλη*, σ. 5· " * n
    first = "Ε. Βαρδάκας – Α. Λάμπρου, *Η πόλη*, Αθήνα: Πέλαγος, 1990."
    notes = (first, writer_titles, shorts, originals, joined)
    body = "Body." + "".join(f"[^{i}]" for i in range(1, len(notes) + 1)) + "\n\n"
    return body + "".join(f"[^{i}]: {t}\n\n" for i, t in enumerate(notes, 1))


def _note_greek_backrefs_bodies(n: int) -> str:
    # Greek back-references and works of no person (branch grb15): a writer in prose before a
    # bracketed "ό.π." after a long run of prose (`note_greek_backrefs`, searched through the
    # segment), an archive's fonds, a paper's name and a body's name run long before their
    # title (`note_greek_bodies`), a lead-in repeated (`note_greek_leadins`)
    prose = "του Νικολαΐδη στον επίλογό του και " * n
    archive = "ΑΣΚΙ, Αρχείο " + "Σ. Καλαμαρά " * n + ", φάκ. 14/3, «Πρακτικά», 1975"
    editorial = "Βλ. το κύριο άρθρο του " + "Ριζοσπάστη " * n + ", «Ποιος;», 12.7.1989"
    body = "την μπροσούρα της " + "Ομάδας " * n + "«Ανάχωμα», *Για την κρίση*, Παρίσι 1971"
    lead = "ή, από την άλλη πλευρά, " * n + "Α. Λιναρδάτου, «Η τάξη», 1991"
    notes = (prose + "(ό.π., σ. 12)", archive, editorial, body, lead)
    markers = "".join(f"[^{i}]" for i in range(1, len(notes) + 1))
    return f"Body.{markers}\n\n" + "".join(f"[^{i}]: {t}.\n\n" for i, t in enumerate(notes, 1))


def _note_leads_without_details(n: int) -> str:
    # a lead and a quoted title again and again with no imprint or issue after any
    # (`note_lead_titles`, `note_subject_writers`: each title's details were read to the
    # segment's end before the evidence was looked for, quadratic in the segment's length)
    leads = "the editorial “Aa,” and my essay “Bb,” and " * n
    return "Body.[^1]\n\n[^1]: In 1990 " + leads + "so on.\n"


def _note_unsigned_after_prose(n: int) -> str:
    # quoted phrases after prose again and again, a paper's name and no day after any
    # (`note_unsigned_leads`: the prose before each title is searched for a person)
    leads = "it was reported in “Aa,” Daily Courier and in “Bb,” *Courier* 12, and " * n
    return "Body.[^1]\n\n[^1]: In 1990 " + leads + "so on.\n"


def _note_german_forms(n: int) -> str:
    work = "Karl Marx: Das Kapital. Frankfurt a. M.: Dietz 1970, o. O. o. J., S. 4, und "
    return _one_note(work * n + "\n")


def _note_german_backrefs(n: int) -> str:
    # the shapes `note_german_backrefs`, `note_new_editions` and `note_same_writer_leads`
    # look at, repeated in one note: a writer and a short title before "a. a. O." and "ebd.",
    # editors parted by "/", a short title read as given names, an edition without a year
    # (its words read to the next ";"), adverbs before "ders.", "ders." and a title before an
    # imprint without its year
    work = (
        "Jakob Wendel: Die Ordnung, Berlin 1990; bei Wendel selbst, Die Ordnung der Dinge, "
        "a. a. O., S. 4, und Anna Meier/Paul Kunz (Hg.), Handbuch, ebd.; Wendel, Ordnung, "
        "S. 44; 2., erw. überarb. Neuauflage Mit Vorwort Ohne Jahr; ähnlich auch ders., "
        "Das Ende, Frankfurt am Main: Suhrkamp Verlag ohne Jahr, Wendel, Kleine Schriften, "
    )
    return _one_note(work * n + "Die Wende, Köln 2012.\n")


def _note_capitals_before_mark(n: int) -> str:
    # a long run of capitalised words and slashes before "a. a. O.", no ";" anywhere
    return "Body.[^1]\n\n[^1]: " + "Ab Cd/" * n + "Ef, Gh, a. a. O., S. 4.\n"


def _note_misreadings(n: int) -> str:
    # the shapes `note_not_persons`, `note_din_given` and `note_title_places` look at,
    # repeated in one note: a town with its region, a publisher's head, a DIN colon, a place
    # before the year, capitals before given names
    work = (
        "Paris, France (London: Dale Press, 1974); Edition Grau, Die Mühlen, Lindau 1999; "
        "Brandt, Tilo: 1968 und die Folgen, Lindau 1999; Ann Pike, Η πόλη, Αθήνα, 1987; "
        "BERGER Anna, Die Stadt, Verlag Ost, Lindau 1999; "
    )
    return _one_note(work * n + "\n")


def _note_slashed_details(n: int) -> str:
    return "Body.[^1]\n\n[^1]: Karl Marx, *Das Kapital*, " + "Ab/" * n + "x.\n"


# A run of spaces between a title and what a short form or a full form gives after it: the
# closing marks' and spaces' two runs before a translator, a locator or a bracketed year
# were once split every way (cubic in the run).
def _note_title_spaces(n: int) -> str:
    return "Body.[^1]\n\n[^1]: Nietzsche, *On History*" + " " * n + "trans. Peter Preuss.\n"


# Round 26 (branch sf26): a chapter's book in short with its editor in brackets, then a
# page and a bracket after its full stop (`note_locators.LOCATOR_TAIL`, asked by
# `note_forms` of a details-less citation with given names): editors' brackets and runs of
# spaces the book's bounded run and the bracket's optional stop may split many ways.
def _note_chapter_short_forms(n: int) -> str:
    first = "".join(
        f"[^{i}]: Ann Vell{i}, *Salt Roads* (Hull: Marren, 1981), 3.\n\n" for i in range(1, 4)
    )
    editors = "Tomas Ruiz, “Salt,” in *Book*, " + "Vell (ed.) " * n + "133."
    spaced = "Tomas Ruiz, “Salt,” in *Book*, Vell (ed.), 133." + " " * n + "(As cited in Vell.)"
    return f"Body.[^1][^2][^3][^4][^5]\n\n{first}[^4]: {editors}\n\n[^5]: {spaced}\n"


# A details-less citation with given names whose title a run of spaces, then a run of
# capitalised words, follows: where `note_source_named` looks for a periodical's name; a
# bracket of words after a title, where it looks for a thesis's or a paper's description;
# and a title of many words, whose heads it keeps.
def _note_source_named(n: int) -> str:
    named = 'Jane Molloy, "The Strike,"' + " " * n + "," + " Aa" * n + " a."
    described = 'Jane Molloy, "The Strike" (' + "word " * n + "and"
    # a title of n words, whose heads a later citation's named source is compared with
    long_title = 'Jane Molloy, "' + "Ab " * n + 'End," *Tribune*, 4.'
    return f"Body.[^1][^2][^3]\n\n[^1]: {named}\n\n[^2]: {described}\n\n[^3]: {long_title}\n"


def _note_surname_parts(n: int) -> str:
    # a note of many parts that are a listed writer's surname and pages, each unread, with a
    # co-author the list does not hold or a title it does not (so never reported), beside
    # read short forms and the surname and pages in brackets
    parts = "Ambler and Zed, 4; Ambler, *Port*, 5; Ambler, Dock Yard, S. 6; (Ambler, 7) " * n
    return f"Body.[^1]\n\n[^1]: {parts}\n\n## Works cited\n\nAmbler, Rosa. *Port*. 1988.\n"


def _note_writer_lists(n: int) -> str:
    # lists of writers and editors joined by "und", "u.", "και", "u. a." (tco16, round 16),
    # repeated in one note: a serial comma before "und", inverted persons, Latin surnames
    # joined by "και", editors after "hg. v."/"επιμ." with a place after one editor, and
    # surnames alone before a bare year; in a note of its own each time (one note of many
    # works by the same writers grows faster than linearly on main already: 4n -> 8n 2.73)
    work = (
        "Ilse Varga, Tom Kolb, und Ann Ro, *Ports*, Berlin 2008, S. 4; Varga, Ilse und Tom "
        "Kolb: Ports. Berlin 2008; Ilse Varga u. a., *Ports*, Berlin 2008; Varga και Kolb, "
        "Ports (London: Verso, 2011), σ. 4; *Ports*, hg. v. Ilse Varga, Tom Kolb und Ann Ro, "
        "Berlin 2008; *Ports*, επιμ. Ilse Varga, Αθήνα και Θεσσαλονίκη: Κέδρος, 2008; "
        "Varga, Kolb und Holm 2008, S. 4; "
    )
    short = "Βλ. Varga και Kolb, Ports, σσ. 9-12."  # a short form of the joined writers
    markers = "".join(f"[^{i}]" for i in range(1, 2 * n + 1))
    notes = (f"[^{2 * i - 1}]: {work}\n\n[^{2 * i}]: {short}\n\n" for i in range(1, n + 1))
    return f"Body.{markers}\n\n" + "".join(notes)


def _note_writer_list_runs(n: int) -> str:
    # long runs inside one list: commas between capitalised words, then "und" and no year;
    # an editing word before them; spaces before "και"
    return (
        "Body.[^1]\n\n[^1]: *Ports*, hg. v. "
        + "Ab Cd, " * n
        + "und Ef Gh. Varga"
        + " " * n
        + "και Kolb, Ports, σ. 4. "
        + "Ab, " * n
        + "und Cd 2008 Ef.\n"
    )


def _note_role_spaces(n: int) -> str:
    return "Body.[^1]\n\n[^1]: Iring Fetscher" + " " * n + "(Hg.), *Marx*, Berlin 1970.\n"


# A long run of white space anywhere in a note (a blanked link target, a pasted data:
# address): many patterns tried the run again from each of its spaces (quadratic: 8,000
# spaces after the note's first word took 5 s). The note reader reads long runs cut short.
def _note_space_run_opening(n: int) -> str:
    return (
        "Body.[^1]\n\n[^1]: Zur" + " " * n + "Kritik vgl. Dastel, Der Blechhahn, Kornfeld 2003.\n"
    )


def _note_data_address(n: int) -> str:
    address = "data:application/pdf;base64," + "A" * n
    return f"Body.[^1]\n\n[^1]: Vgl. Dastel, Der Blechhahn ([pdf]({address})), Kornfeld 2003.\n"


# Author-date citations in notes (round 13): a run of surnames joined by "/" (each start
# reads at most four), a long list of German author-date citations and "ders." in one note
# (each "ders." finds its writer by bisection), and a run of a kind of work's title words
# before a candidate (read from a bounded window).
def _note_slashed_names(n: int) -> str:
    return "Body.[^1]\n\n[^1]: Vgl. " + "Ab/" * n + "Cd 1974: 12; " + "Ab / " * n + "1974.\n"


def _note_author_date_list(n: int) -> str:
    items = "; ".join(f"Vgl. Honneth {1900 + i % 100}, S. {i}; ders. 2015: {i}" for i in range(n))
    return f"Body.[^1]\n\n[^1]: {items}; Pike's book " + "Word as " * n + "Title (1938).\n"


# Round 18 (false readings): writers joined by "und" and "/" in a works-cited line, a
# Greek translator's run of initials after "ελλ. μτφρ.:", a periodical's run of capitalised words
# after "in: Der", each run long (`entry_names`, `note_greek_translations`, `note_translations`,
# `imprint_evidence`).
def _false_readings_18(n: int) -> str:
    joined = "Hartung, Ilse" + " und Tom Kolb" * n + " (2008): Die Salzwege. Leipzig: Kranich."
    slashed = "Hartung, Ilse" + "/Kolb, Tom" * n + " (2009): Brücken. Leipzig: Kranich."
    greek = "Μ. Δανιηλίδης, Η θεωρία (ελλ. μτφρ.: " + "Ρ. " * n + "Κουν, Κέδρος, Αθήνα 1974)."
    # (one German translator only: a long run of initials in a bracket after a title is
    # super-linear on main already, in code this round does not touch)
    german = "Tom Pike, Die Salzstraßen (dt. Übers.: I. Hartung, Kranich, Leipzig 1974)."
    paper = "Ilse Hartung, „Salz“, in: Der " + "Spiegel " * n + "12. März 1999, S. 4."
    notes = "".join(
        f"[^{i}]: {text}\n\n"
        for i, text in enumerate((greek, german, paper, "Vgl. Spiegel 1999."), 1)
    )
    body = "Claim.[^1] Claim.[^2] Claim.[^3] Claim.[^4]\n\n"
    return body + notes + "## Literatur\n\n" + joined + "\n\n" + slashed + "\n"


# The document's own imprint words (branch geo14): notes of full forms whose imprints the
# evidence reads (a bracket, a plain title's next sentence with its read-on details, a
# slot's word after runs of spaces and ":", an editor's sentence run long before the
# imprint), and lone "Word, Year." notes it then tests.
def _note_imprint_evidence(n: int) -> str:
    shapes = (
        "Jane Pike, *The Salt Road* (Harrogate:  " + "Ab: " * 20 + "Wrenfield, 1999), 4.",
        "Jane Pike, The Salt Road. Gollancz, 1937, p. 4. " + ", Ab " * 40,
        "Harrogate, 1999.",
        "Wrenfield, 1999, p. 3.",
        "Mark Roe, A Short Book. " + "Edited by A. B. Vell " * 10 + ". Gollancz, 1937.",
    )
    body = "".join(f"Claim.[^{i}] " for i in range(1, n + 1))
    notes = "".join(f"[^{i}]: {shapes[i % len(shapes)]}\n\n" for i in range(1, n + 1))
    return body + "\n\n" + notes


# German lists of works and author-date entries (branch de13): one long note with no ";"
# of works joined by "sowie"/"und" (each a cut the segmenter looks ahead for), and one of
# "ders. (Hg.) [1951] (2001):" entries and inverted persons parted by "/" (the author-date
# heads), with runs of spaces where the patterns take them possessively.
def _note_german_lists(n: int) -> str:
    work = "Lena Kramer: Die Stadt, Berlin 1999, S. 4 sowie Kramer, Lena (2003): Ende, und "
    return _one_note(work * n + "\n")


# Web copies of round 18: plain short forms joined by "sowie" after a page (each a cut the
# segmenter looks ahead for, `GERMAN_PLAIN_SHORT_FORM`), Greek "κ.ε." after pages, a title
# opening with a year and a colon, and a plain title of many words before "S." that no page
# closes, all in one long note.
def _note_web_plain_copies(n: int) -> str:
    work = "Kessler, Die alte Stadt, S. 12 sowie Hale, Fluss, S. 5 κ.ε., Ab Cd, 1922: Η Ab, "
    return _one_note(work * n + "S. 4 und Hale, " + "Die alte Stadt " * n + ".\n")


def _note_german_author_date(n: int) -> str:
    work = "Pike, Joan/Hale, Tom/Cole, Ruth  [1951]  (2001): Ab. Berlin, ders.  (Hg.)  (2011): "
    return _one_note(work * n + "\n")


# German letters without "Brief von" and their plain collections, imprints with "u. a."
# and "a. M./New York", a title's "von 1968", interviews, "den Beitrag von" and a
# quotation's source in brackets (branch de13), in one long note.
def _note_german_letters(n: int) -> str:
    work = (
        "Ab Cd an Ef Gh, 3. Mai 1920, in: Ab Cd (Hg.): Briefe von 1968, Berlin u. a. "
        "Interview mit Ab Cd im Gespräch mit Ef, den Beitrag von Ab Cd: Ef, so bei Ab. "
        "„Ab cd“ (Ab Cd: Ef, Berlin 1999, S. 4; Cd, Ab: Ef, dt.: Gh). "
    )
    return _one_note(work * n + "Frankfurt a. M./New York 1999.\n")


def _note_unsigned_leads(n: int) -> str:
    # unsigned leads and titles alone in their sentences, with runs of spaces and brackets
    # that the lead and the title-sentence patterns must not backtrack over
    work = (
        "[Unsigned  ], “Ab cd,” *Ef*, 3-3-1990; o. V.: „Ab“. In: Ef 2 (1919); "
        "Vgl. den Ab „Cd“ von Ef; Βλ. την προκήρυξη «Αβ». Ριζοσπάστης, 12-3-1990; "
        "[Anonymous " + " " * 20 + "Editorial “Ab. "
    )
    return _one_note(work * n + "“Ab cd.” Ef, 1999.\n")


def _note_prose_brackets_19(n: int) -> str:
    # brackets after prose opening with given names, a comma and a mark that never closes
    # (`note_bracketed._GIVEN_THEN_MARKED`), runs of spaces and "the" before a paper
    # (`note_unsigned_leads._PAPER`, `note_evidenced._ISSUE`), and editors' "eds. " before a
    # capital with no imprint ahead (`note_titles._ROLE_STOP`)
    work = (
        "Ab cd (Ef Gh and Ij Kl,   “Mn op, the  the *the Qr St* 12 (Summer 1990); "
        "see “Ab,” the   Cd Ef, May 4, 1990 (Ab Cd, ed. Ef Gh, eds. Ij "
    )
    return _one_note(work * n + "Ab Cd, eds. Ef.\n")


# Works joined after their pages by "and", a dash or a spaced "·" (branch multi13): the
# segment cue looks ahead for the next writer's given names and title after each page, here
# never finding a title ("Ab Cd Ef and Gh Ij" runs on); a writer's name ending its sentence
# after a cue, and runs of joiners' marks before it (`note_citations._JOINER_CUE`); "in"
# before a writer in prose (`note_reading._INNER_START`), never followed by a title.
def _note_joined_works(n: int) -> str:
    work = "Ab Cd, *Ef* (Gh: Ij, 1999), 4 – Ab Cd Ef and Gh Ij and 5 · Kl Mn Op, 6 in Ab Cd, and "
    names = "See also Ab Cd. " + ", – " * n + "Ab Cd. *Ef*, 4."
    return "Body.[^1][^2]\n\n[^1]: " + work * n + "\n\n[^2]: " + names + "\n"


# Joiners before a colon reading and web copies' plain titles bounded by an imprint
# (branch web14): colon readings after "See also" and a clause ending in ", see" (the
# joiner is looked for in a bounded window before each), "in" before a writer and a plain
# title whose imprint bracket never closes, "and" before a surname and such a title
# (`note_patterns.PLAIN_TITLE_TO_IMPRINT`, in the segment cue and `note_reading`), and
# "and" before an inverted name with initials and "et al." and no title after it.
def _note_web_joiners(n: int) -> str:
    work = "Ab Cd: Ef Gh. Ij 1999, S. 4. For a b c d e f, see Ab Cd: Ef. Kl 2001, S. 5, and "
    plain = "4 and Ab, Cd Ef Gh (Ij Kl in Ab Cd, Ef Gh Ij (Kl: Mn 5 and Ab, C. D. Ef, et al. "
    plain += "(1999) "
    return "Body.[^1][^2]\n\n[^1]: " + work * n + "\n\n[^2]: " + plain * n + "\n"


# Works named in a note's prose by translator, edition or introducer, a block quotation's
# dated source, a work after a quotation ascribed to its writer, paragraphs after closing
# quotes (branch pw24): one long note with no ";", each shape left without what makes it
# a work (no year closing the translator, no title after the edition, no imprint after the
# introduction), so every match looks on.
def _note_prose_editions(n: int) -> str:
    work = (
        "Translated by Ana Vell, 2001 and the 1973 Halden edition of the Long Retreat "
        "in her 1992 introduction to Rudd's The Long Retreat (Leeds 1990 Ana Vell's "
        'Preface to A Critique of the Wage (1859) as "quiet."\n\n    As Ana Vell has '
        'written in The Quiet Port (1990) Rudd\'s statement that, "the port". The Long '
        "Retreat, 41 "
    )
    return "Body.[^1]\n\n[^1]: As Ana Vell put it, " + work * n + "\n"


# English notes' shapes (branch enb15) in one long note after a note naming the writer "Ab":
# a surname and a locator or "op. cit." after joiners, each run over by the work before
# it and read again without them (`note_author_locators`); "idem" with a title and "ibid."
# as its journal; letters "of" a writer to a relation and in short by their collection
# (marked, or plain after the date);
# edited volumes after "in" in prose, editor or title first, their imprints never closed;
# an unsigned piece after its kind word, its quote never closed.
def _note_english_shapes(n: int) -> str:
    work = (
        "See Ab, *Cd*, 4–5, and cf. Ab, pp. 12ff. and, for the ab cd, Ab, op. cit., 5, "
        "Ab, chaps. 1–2; Cf. idem, “Ab,” ibid., no. 1 (1999): 2; Letter of Ab Cd to his "
        "ab ab, 3 May 1911, in *Ef*, ed. Gh Ij (Kl: Mn, 1985), 4; Ab Cd to Ef Gh, 9 May "
        "1917, *Ij*, 3; Ab to Ef Gh, 9 May 1917, Ij Kl Mn, 3; the text is in Ab Cd and "
        "Ef Gh, eds., *Ij* (Kl: Mn, the essays in "
        "*Ab*, ed. Cd Ef (Gh: Ij, with the editorial “Ab,” *Cd*, 3 May 1911 a podcast: “Ef "
    )
    first = "Ab Cd, *Ef* (Gh: Ij, 1999), 4."
    return "Body.[^1][^2]\n\n[^1]: " + first + "\n\n[^2]: " + work * n + "\n"


def _html_unclosed_markup(n: int) -> str:
    return "<p>Text." + "<a title='x <b " * n + "<!-- a <script>" * n


# German full forms inside a note's prose (branch dea15, `note_german_leadins`): each
# "Given Surname:" or ", " may open a work, whose plain title is looked for up to its
# imprint; labels before a colon (`note_german_labels`); title-first volumes, unsigned
# pieces, a periodical's issues and conversations (`note_german_unsigned`), in one note.
def _note_german_leadins(n: int) -> str:
    work = (
        "bei Ab Cd: Ef Gh, Ij. Kl, Mn Op (Hg.), Qr St. Uv, in: Wx, so bei Ab Cd/Ef Gh: "
        "„Ij“, Kl Mn. Vermutlich: „Op“, hg. v. Qr St, Bd. 2, Uv (Ost) "
        "*Ab*, Cd Ef, Nr. 7 vom „Ab Cd im Gespräch mit Ef Gh“, in: Ij. Hg. von Kl Mn, "
        "den Beschluss „Op“ des Qr, "
    )
    return _one_note(work * n + "1999.\n")


# Plain titles with a bracketed imprint after a German lead-in (branch de24,
# `note_german_leadins._plain_bracketed`): each "Given Surname, " after a colon may open a
# plain title looked for up to its first bracket, brackets that never reach a year, series
# brackets ("(= …") that never close, in one note.
def _note_german_bracket_imprints(n: int) -> str:
    work = "Ab: Cd Ef, Gh Ij (Kl: Mn, Op (= Qr St, Bd. 4, Uv. Wx: Ab Cd, Ef Gh (Ij 4) "
    return _one_note(work * n + "1999.\n")


# Titles named before their writer (branch de24, `note_german_title_writers`): each marked
# title may be followed by "von" and a writer's names, the names by an imprint that never
# comes, quotes and emphasis that never close, in one note.
def _note_german_title_writers(n: int) -> str:
    work = "“Ab Cd” von Ef Gh Ij, *Kl* von Mn, “Op *Qr von St Uv Wx, in: Ab (Cd von “Ef” von "
    return _one_note(work * n + "1999.\n")


# Short forms in a note's prose (branch sh23, `note_prose_shorts`): every capitalised word
# of a writer cited before, a comma, plain words and a number may be a short form, looked
# at with the words before it; "(Cd 44" brackets and "Cd says in *Ef*" runs, in one note.
def _note_prose_shorts(n: int) -> str:
    work = "bei Cd, Ef Gh Ij Kl Mn Op, so Cd, *Ef Gh, (Cd 44 Cd sagt es in Ef Gh Ij, 4 Tage, "
    return "Body.[^1] Text.[^2]\n\n[^1]: Ab Cd, *Ef Gh* (Ij: Kl, 1974).\n[^2]: " + work * n + "\n"


# Short forms read by their own shape (round 24, `note_prose_shorts._own_shape`): no
# writer cited before, each surname with a marked title and a page looked at with the
# words before it (joined editors, a place, an archive's letters), in one note.
def _note_shaped_shorts(n: int) -> str:
    work = "dazu Cd, *Ef Gh*, 44, in Ab und Cd, *Ef*, 4, Paris, *Ij*, 5, (MHA, *Kl*, 6), "
    return _one_note(work * n + "\n")


# German DIN heads after prose (branch de22, `note_german_leadins`): each "Surname, Given:"
# may open a work whose plain title is looked for up to its imprint, a list's persons
# joined by "und" or "/", places printed before a year; short titles before "a. a. O."
# (`note_german_titled_backrefs`), in one note.
def _note_german_din(n: int) -> str:
    work = (
        "vgl. Ab, Cd Ef: Gh Ij, in: Kl Mn (Hg.): Op. Ab, Cd und Ef, a. a. O., Ab, Cd/Ef, "
        "Gh: Ij Kl, Mn 1999, im Op, Qr: St. Uv, Wx, a.a.O., "
    )
    return _one_note(work * n + "1999.\n")


# Other editions after their cues and German imprints in prose (branch de23,
# `note_edition_works`, `note_edition_cues`, `note_german_leadins`): works whose cue ("frz.
# Original:", "dt.:", "im Original") is followed by a plain title that never reaches an
# imprint, brackets that never close after a place and a year, subtitles before "Hg. v.",
# genitives before kinds of work, possessives and kinds after a work, "ders." after a
# clause, "a. a. O." in a bracket, colon heads after a page, in one note.
def _note_edition_cues(n: int) -> str:
    work = (
        "Ab Cd, Ef Gh. Ij Kl, übers. v. Mn Op, Qr am Main/St Uv u. a.; frz. Original: Ab Cd. "
        "Ef, hg. v. Gh (Ij: Kl 1999 und; im Original *Mn*, Op (Qr bei St 1999, dt. Ausgabe: "
        "Uv. Hg. v. Wx Yz. Ab Cds Aufsatz „Ef“, in: *Gh* Ij sowie in seinem Buch *Kl* "
        "Mn (a. a. O. Op Qr St Uv derselbe, ders., Ab: Cd 1999, S. 4. Ef: Gh "
        "von Ij Kl in der *Mn* Op, z. B. „Qr“ von St Uv, etwa "
    )
    return _one_note(work * n + "1999.\n")


# The same writer's second work after "his"/"her" (branch sw25, `note_kind_writers.
# possessive_works`): many works with a writer, each followed by "see also his" and a title
# whose imprint never closes, in one note.
def _note_own_works(n: int) -> str:
    work = "Ab Cd, *Ef* (Gh: Ij, 1999), 4; see also his essay *Kl Mn* (Op: Qr, and her book "
    return _one_note(work * n + "1999.\n")


# An original named after its translation (branch sw25, `note_translation_cues`): many
# "originally published as", "first published as", "French original:" cues, each before a
# title whose imprint never closes, and cues after an imprint's ";" in brackets that never
# close (`note_translations`), in one note.
def _note_original_cues(n: int) -> str:
    work = (
        "Ab Cd, *Ef* (Gh: Ij, 1999), 4; originally published as *Kl Mn* (Op: Qr, first "
        "published as Ab Cd (French original: *Ef* (Gh; Eng. trans. *Ij*, Kl (Mn Op; dt.: "
        # the cue's family (branch sw26): a language alone, "in English as", a translator
        # before "as" or the colon, the holder after "in", the cue after a comma
        "Ab, 4; English translation in *Cd* (Ef 4, translated as *Gh* (Ij; in English as Kl "
        "Mn; trans. Ab Cd Ef Gh Ij as ; dt. Übers. v. Kl Mn Op Qr St Uv Wx ; German: *Yz* "
        "(Ab 4, dt.: *Cd*, Ef; dt. in: Gh (orig. *Ij* Kl, "
    )
    return _one_note(work * n + "1999.\n")


# Letters cited in short on their date (branch lt21, `note_letter_shorts`): an editor's
# names before "ed." that never reach it, letters whose page never closes the note.
def _note_letter_shorts(n: int) -> str:
    work = "Ab Cd to Ef Gh, 3 May 1911, in Ab Cd Ef Gh Ij and Kl, Mn Op, 4, "
    return _one_note(work * n + "1999.\n")


# Plain titles opening with a year (branch ws22, `note_titles.year_led_title`): writers, an
# editor's "eds." and a year before headline words that never reach a bracket, in one long
# note with no ";".
def _note_year_led_titles(n: int) -> str:
    work = "Ab Cd and Ef Gh, eds. 1968 Revisited Ij, 1848 and the Kl Mn, "
    return _one_note(work * n + "(York: Fenwick, 2003).\n")


# German connecting words around works (branch tde16, `note_german_marks`): editors by
# "hg. v." and "(Hg.)" with comma lists that never reach "and", translators before an
# imprint, "und" before a next title, "S." pages after short titles, "zit. n.", "Vgl.
# meinen Aufsatz" and a German quotation that is never closed, in one note.
def _note_german_connectors(n: int) -> str:
    work = (
        "*Ab*, hg. v. Cd Ef, Gh Ij, Kl Mn, Ab Cd, Ef, Cd Ef Hg., Gh Ij (Hrsg.), Ab, übers. v. "
        "Cd Ef, aus dem Ab von Cd Ef, und „Gh“, sowie *Ij*, (Kl, Mn Op, S. 4), Ab zit. n. Cd "
        "Ef, Vgl. meinen Aufsatz „Ab Cd, in: Ef, "
    )
    return _one_note(work * n + "1999.\n")


# Roles and source labels before a colon (branch pl22, `note_role_labels`): roles whose
# person never reaches a full stop, labels after labels, adjectives before roles, in one note.
def _note_role_labels(n: int) -> str:
    work = (
        "Übersetzung: Ab Cd Ef Gh Ij und Kl Mn Op Qr, Deutsche Moderation: Quelle: Source: "
        "Ab Cd: Ef; Translator: Ab Cd und Ef und Gh und Ij und "
    )
    return _one_note(work * n + "1999.\n")


# Plain titles in a web copy (branch wp23, `note_imprint_parts`, `note_list_details`): a
# run of role clauses (", trans. …", ", μτφρ. …") that never reaches an imprint, name lists
# that run into commas and years, writers after "βλ." and genitive articles, in one note.
def _note_web_plain_titles(n: int) -> str:
    work = (
        "Ab Cd, Ef Gh and Ij Kl, trans. Ab Cd, ed. Ef, vol. 2, μτφρ. Ab, επιμ. Cd, τόμ. 2, "
        "Ab, 1990, (Ab, βλ. Γιώργος Αβγ, Αβγ, του Τζων Ρακ, Αβγ, ό.π. Ab "
    )
    return _one_note(work * n + "1999.\n")


def _note_run_on_lists(n: int) -> str:
    # round 24 (branch ml24): name lists running into plain titles with no comma, none with
    # an imprint until the note's end (each list's title is vouched for by a search ahead:
    # `note_list_run_on`), plain titles with editors after them (their details looked for
    # after the editors: `note_plain_titles._edited_with_details`), roles "(eds)" and
    # ", editor," and suffixes set off by commas between them, subtitles after a full stop
    # (`note_segments.subtitle_after_stop`); each work's segment ends at
    # a ";" (one segment of them all is quadratic in `note_work.read_at`'s whole-segment
    # tests, "in" and ", by ", on main too: left for the lead)
    work = (
        "See Ab Cd and Ef Gh Ij Kl Mn, ed. by Ab Cd and Ef Gh, Ab Cd, Jr., Ef, Ab Cd Ef, "
        "edited and translated by Ab Cd, Ab Cd (eds), Ab Cd, editor, Ef Gh; "
        "Ab Cd and Ef Gh (eds.) Ij Kl. Mn Op (Ab: Cd, 2001). Ab Cd, Ef Gh, and Ij Kl Mn Op. "
    )
    return _one_note(work * n + "(Leeds: Fenwick, 2001).\n")


PROBES: tuple[Probe, ...] = (
    Probe("note-web-plain-titles", ".md", 250, _note_web_plain_titles, owner="notes"),
    Probe("note-run-on-lists", ".md", 250, _note_run_on_lists, owner="notes"),
    Probe("note-role-labels", ".md", 250, _note_role_labels, owner="notes"),
    Probe("note-german-connectors", ".md", 250, _note_german_connectors, owner="notes"),
    Probe("references-given-name", ".txt", 200_000, _references_given),
    Probe("references-given-first", ".txt", 5_000, _references_given_first),
    Probe("ab-hyphen-run", ".txt", 20_000, _ab_hyphen),
    Probe("o-apostrophe-run", ".txt", 10_000, _o_apostrophe),
    Probe("space-run", ".txt", 20_000, _space_run),
    Probe("semicolon-list", ".txt", 1_500, _semicolon_list),
    Probe("dash-chain-15", ".txt", 6_000, _dash_chain),
    Probe("glued-markers", ".txt", 12_500, _glued_markers, deadline=10.0, owner="markers"),
    Probe("markdown-footnotes", ".md", 12_500, _markdown_footnotes, deadline=10.0),
    Probe("markdown-link-runs", ".md", 20_000, _link_runs),
    Probe("markdown-link-titles", ".md", 20_000, _link_titles),
    Probe("markdown-link-angles", ".md", 20_000, _link_angles),
    Probe("markdown-reference-links", ".md", 5_000, _reference_links),
    Probe("unclosed-quotes-in-note", ".md", 1_000, _unclosed_quotes_in_note),
    Probe("note-plain-title-by", ".md", 20_000, _note_plain_title_by, owner="notes"),
    Probe("note-bare-by", ".md", 20_000, _note_bare_by, owner="notes"),
    Probe("note-emphasised-et-al", ".md", 2_000, _note_emphasised_et_al, owner="notes"),
    Probe("note-inverted-et", ".md", 2_000, _note_inverted_et, owner="notes"),
    Probe("note-cued-inverted", ".md", 20_000, _note_cued_inverted, owner="notes"),
    Probe("note-known-short-title", ".md", 2_000, _note_known_short_title, owner="notes"),
    Probe("note-stopped-year", ".md", 20_000, _note_stopped_year, owner="notes"),
    Probe("note-listed-persons", ".md", 2_000, _note_listed_persons, owner="notes"),
    Probe("note-subject-lists", ".md", 1_000, _note_subject_lists, owner="notes"),
    Probe("note-round22-leads", ".md", 250, _note_round22_leads, owner="notes"),
    Probe("note-round24-shapes", ".md", 250, _note_round24_shapes, owner="notes"),
    Probe("note-round25-shapes", ".md", 200, _note_round25_shapes, owner="notes"),
    Probe("note-round26-shapes", ".md", 1_000, _note_round26_shapes, owner="notes"),
    Probe("note-round26-web", ".md", 300, _note_round26_web, owner="notes"),
    Probe("note-short-forms", ".md", 1_000, _note_short_forms, owner="notes"),
    Probe("note-read-on-sentences", ".md", 1_000, _note_read_on_sentences, owner="notes"),
    Probe("note-title-years", ".md", 20_000, _note_title_years, owner="notes"),
    Probe("note-source-named", ".md", 5_000, _note_source_named, owner="notes"),
    Probe("note-space-run-opening", ".md", 20_000, _note_space_run_opening),
    Probe("note-data-address", ".md", 20_000, _note_data_address),
    Probe("short-forms-in-container", ".md", 1_000, _short_forms_in_container, owner="notes"),
    Probe("short-forms-announced", ".md", 500, _short_forms_announced, owner="notes"),
    Probe("note-listed-works", ".md", 2_000, _note_listed_works, owner="notes"),
    Probe("note-block-sources", ".md", 2_000, _note_block_sources, owner="notes"),
    Probe("note-possessives", ".md", 500, _note_possessives, owner="notes"),
    Probe("note-editions", ".md", 2_000, _note_editions, owner="notes"),
    Probe("note-inline-plain", ".md", 2_000, _note_inline_plain, owner="notes"),
    Probe("note-surname-parts", ".md", 1_000, _note_surname_parts, owner="notes"),
    Probe("note-escaped-link", ".md", 2_000, _note_escaped_link, owner="notes"),
    Probe("note-inline-forms", ".md", 1_000, _note_inline_forms, owner="notes"),
    Probe("note-paged-titles", ".md", 1_000, _note_paged_titles, owner="notes"),
    Probe("note-evidenced-writers", ".md", 1_000, _note_evidenced_writers, owner="notes"),
    Probe("note-open-imprint-titles", ".md", 1_000, _note_open_imprint_titles, owner="notes"),
    Probe("note-stop-subtitles", ".md", 250, _note_stop_subtitles, owner="notes"),
    Probe("note-subject-writers", ".md", 1_000, _note_subject_writers, owner="notes"),
    Probe("note-kind-writers", ".md", 200, _note_kind_writers, owner="notes"),
    Probe("note-said-sources", ".md", 1_000, _note_said_sources, owner="notes"),
    Probe("note-kind-by", ".md", 1_000, _note_kind_by, owner="notes"),
    Probe("note-titles-reach", ".md", 1_000, _note_titles_reach, owner="notes"),
    Probe("note-letter-shorts", ".md", 250, _note_letter_shorts, owner="notes"),
    Probe("note-own-works", ".md", 250, _note_own_works, owner="notes"),
    Probe("note-original-cues", ".md", 250, _note_original_cues, owner="notes"),
    Probe("note-year-led-titles", ".md", 250, _note_year_led_titles, owner="notes"),
    Probe("note-long-bracket", ".md", 1_000, _note_long_bracket, owner="notes"),
    Probe("note-dated-names", ".md", 1_000, _note_dated_names, owner="notes"),
    Probe("note-greek-forms", ".md", 250, _note_greek_forms, owner="notes"),
    Probe("note-reference-entries", ".md", 250, _note_reference_entries, owner="notes"),
    Probe("note-german-forms", ".md", 250, _note_german_forms, owner="notes"),
    Probe("note-greek-surnames-first", ".md", 500, _note_greek_surnames_first, owner="notes"),
    Probe("note-greek-joined-works", ".md", 250, _note_greek_joined_works, owner="notes"),
    Probe("note-greek-prose", ".md", 500, _note_greek_prose, owner="notes"),
    Probe("note-greek-marks", ".md", 250, _note_greek_marks, owner="notes"),
    Probe("note-greek-prose-works", ".md", 250, _note_greek_prose_works, owner="notes"),
    Probe("note-greek-sources", ".md", 250, _note_greek_sources, owner="notes"),
    Probe("note-greek-backrefs-bodies", ".md", 1_000, _note_greek_backrefs_bodies, owner="notes"),
    Probe("note-greek-written", ".md", 200, _note_greek_written, owner="notes"),
    Probe("note-greek-round24", ".md", 200, _note_greek_round24, owner="notes"),
    Probe("note-leads-without-details", ".md", 500, _note_leads_without_details, owner="notes"),
    Probe("note-unsigned-after-prose", ".md", 500, _note_unsigned_after_prose, owner="notes"),
    Probe("note-misreadings", ".md", 250, _note_misreadings, owner="notes"),
    Probe("note-german-backrefs", ".md", 250, _note_german_backrefs, owner="notes"),
    Probe("note-capitals-before-mark", ".md", 2000, _note_capitals_before_mark, owner="notes"),
    Probe("note-slashed-details", ".md", 2_000, _note_slashed_details, owner="notes"),
    Probe("note-title-spaces", ".md", 2_000, _note_title_spaces, owner="notes"),
    Probe("note-chapter-short-forms", ".md", 2_000, _note_chapter_short_forms, owner="notes"),
    Probe("note-role-spaces", ".md", 2_000, _note_role_spaces, owner="notes"),
    Probe("note-writer-lists", ".md", 250, _note_writer_lists, owner="notes"),
    Probe("note-writer-list-runs", ".md", 2_000, _note_writer_list_runs, owner="notes"),
    Probe("note-slashed-names", ".md", 5_000, _note_slashed_names),
    Probe("note-author-date-list", ".md", 1_000, _note_author_date_list),
    Probe("note-german-lists", ".md", 250, _note_german_lists, owner="notes"),
    Probe("note-web-plain-copies", ".md", 250, _note_web_plain_copies, owner="notes"),
    Probe("note-imprint-evidence", ".md", 1_000, _note_imprint_evidence, owner="notes"),
    Probe("note-false-readings-18", ".md", 1_000, _false_readings_18, owner="notes"),
    Probe("note-german-author-date", ".md", 250, _note_german_author_date, owner="notes"),
    Probe("note-german-letters", ".md", 250, _note_german_letters, owner="notes"),
    Probe("note-german-leadins", ".md", 250, _note_german_leadins, owner="notes"),
    Probe("note-german-bracket-imprints", ".md", 250, _note_german_bracket_imprints, owner="notes"),
    Probe("note-german-title-writers", ".md", 250, _note_german_title_writers, owner="notes"),
    Probe("note-german-din", ".md", 250, _note_german_din, owner="notes"),
    Probe("note-prose-shorts", ".md", 250, _note_prose_shorts, owner="notes"),
    Probe("note-shaped-shorts", ".md", 250, _note_shaped_shorts, owner="notes"),
    Probe("note-edition-cues", ".md", 250, _note_edition_cues, owner="notes"),
    Probe("note-unsigned-leads", ".md", 250, _note_unsigned_leads, owner="notes"),
    Probe("note-prose-brackets-19", ".md", 250, _note_prose_brackets_19, owner="notes"),
    Probe("note-joined-works", ".md", 250, _note_joined_works, owner="notes"),
    Probe("note-web-joiners", ".md", 250, _note_web_joiners, owner="notes"),
    Probe("note-english-shapes", ".md", 250, _note_english_shapes, owner="notes"),
    Probe("note-prose-editions", ".md", 250, _note_prose_editions, owner="notes"),
    Probe("works-cited-list", ".md", 500, _works_cited_list),
    Probe("author-year-list", ".txt", 2_500, _author_year_list),
    Probe("book-parts-text", ".txt", 1_000, _book_parts_text, owner="books"),
    Probe("book-parts-markdown", ".md", 1_000, _book_parts_markdown, owner="books"),
    Probe("index-column", ".txt", 10_000, _index_column, owner="books"),
    Probe("markdown-unclosed-fences", ".md", 5_000, _unclosed_fences),
    Probe("markdown-unclosed-comments", ".md", 5_000, _unclosed_comments),
    Probe("latex-unclosed-display-math", ".tex", 5_000, _unclosed_display_math),
    Probe("latex-unclosed-verbatim", ".tex", 5_000, _unclosed_verbatim),
    Probe("digits-over-4300", ".txt", 50_000, _long_digits),
    Probe("html-deep-nesting", ".html", 50_000, _html_deep_nesting),
    Probe("html-footnotes", ".html", 2_500, _html_footnotes, deadline=10.0),
    Probe("html-unclosed-markup", ".html", 10_000, _html_unclosed_markup),
)

PROBES_BY_NAME = {probe.name: probe for probe in PROBES}


def lint_once(probe: Probe, size: int) -> tuple[int, float]:
    """The whole in-process pipeline on one manuscript, built first and not timed: the
    number of findings and the CPU seconds taken."""
    from citecheck.engine import LintOptions, LintResult, lint_source, selected_rules, suppress
    from citecheck.readers import read_bytes
    from citecheck.reporters.text import render
    from citecheck.suppression import with_directives

    options = LintOptions(select=("ALL",))
    data = probe.build(size).encode()
    start = time.process_time()
    source = with_directives(read_bytes(f"probe{probe.suffix}", data))
    result = suppress(lint_source(source, options), selected_rules(options))
    render(LintResult((result,)))
    return len(result.findings), time.process_time() - start


def _time_in_this_process(name: str, size: int) -> None:
    probe = PROBES_BY_NAME[name]
    lint_once(probe, 10)  # warm-up: imports, compiled patterns
    findings, seconds = lint_once(probe, size)
    print(json.dumps({"seconds": seconds, "findings": findings}))


def time_size(probe: Probe, size: int, timeout: float) -> float | str:
    """CPU seconds for one size in a fresh subprocess, or why there is no number."""
    command = [sys.executable, __file__, "--time", probe.name, str(size)]
    # Byte-code is written and reused, as in real use (the project's benchmark rule).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return f"timeout>{timeout:g}s"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return f"error: {last[:60]}"
    return float(json.loads(done.stdout.strip().splitlines()[-1])["seconds"])


def run(probes: list[Probe], timeout: float) -> int:
    print(f"{'probe':<30}" + "".join(f"{f'{k}n':>9}" for k in SCALES) + f"{'4n->8n':>8}  n")
    failures: list[str] = []
    for probe in probes:
        times: list[float | str] = []
        for scale in SCALES:
            # The ratio is taken from 4n and 8n: the best of two runs there, against noise.
            result = time_size(probe, probe.n * scale, timeout)
            if scale >= 4 and isinstance(result, float):
                again = time_size(probe, probe.n * scale, timeout)
                result = min(result, again) if isinstance(again, float) else again
            times.append(result)
            if isinstance(result, str):
                break  # a larger size would only take longer
        cells = "".join(f"{t:>9.3f}" if isinstance(t, float) else f"{'-':>9}" for t in times)
        cells += " " * 9 * (len(SCALES) - len(times))
        ratio = ""
        problem = next((t for t in times if isinstance(t, str)), None)
        if problem is None:
            quick, slow = times[2], times[3]
            assert isinstance(quick, float) and isinstance(slow, float)
            value = slow / max(quick, 1e-3)
            ratio = f"{value:.2f}"
            if value > MAX_RATIO and slow > 0.05:  # below 50 ms the ratio is noise
                problem = f"4n->8n ratio {value:.2f} > {MAX_RATIO}"
            elif probe.deadline is not None and slow > probe.deadline:
                problem = f"{probe.n * 8:,} took {slow:.1f} s, over {probe.deadline:g} s"
        note = f"  ({probe.owner}'s code)" if probe.owner and problem else ""
        print(
            f"{probe.name:<30}{cells}{ratio:>8}  {probe.n:,}"
            + (f"  FAIL: {problem}{note}" if problem else "")
        )
        sys.stdout.flush()
        if problem:
            failures.append(probe.name)
    if failures:
        print(f"\nsuper-linear or failing: {', '.join(failures)}")
        return 1
    print(f"\nevery probe grows by at most {MAX_RATIO}x from 4n to 8n")
    return 0


def run_deadlines(probes: list[Probe], timeout: float) -> int:
    """Each probe with a deadline at 8n only: its CPU seconds against the deadline."""
    failures: list[str] = []
    for probe in probes:
        if probe.deadline is None:
            continue
        size = probe.n * SCALES[-1]
        result = time_size(probe, size, timeout)
        if isinstance(result, float):
            again = time_size(probe, size, timeout)
            result = min(result, again) if isinstance(again, float) else again
        if isinstance(result, str):
            verdict = f"FAIL: {result}"
        else:
            verdict = "ok" if result <= probe.deadline else f"FAIL: over {probe.deadline:g} s"
        shown = f"{result:.2f} s" if isinstance(result, float) else "-"
        print(f"{probe.name:<30}{size:>9,}{shown:>10}  {verdict}")
        sys.stdout.flush()
        if verdict != "ok":
            failures.append(probe.name)
    if failures:
        print(f"\nover the deadline or failing: {', '.join(failures)}")
        return 1
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated probe names")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    parser.add_argument(
        "--deadline", action="store_true", help="only the probes with a deadline, at 8n"
    )
    parser.add_argument("--time", nargs=2, metavar=("PROBE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.time:
        _time_in_this_process(args.time[0], int(args.time[1]))
        return 0
    names = [name for name in args.only.split(",") if name]
    unknown = [name for name in names if name not in PROBES_BY_NAME]
    if unknown:
        parser.error(f"unknown probe: {', '.join(unknown)}")
    probes = [PROBES_BY_NAME[name] for name in names] if names else list(PROBES)
    if args.deadline:
        return run_deadlines(probes, args.timeout)
    return run(probes, args.timeout)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
