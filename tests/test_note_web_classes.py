"""Issue 11, the web-copy round: kinds of note writing that a web page's copy leaves with
unmarked titles (emphasis and link targets stripped), each with hard cases and at least as
many negatives (places, publishers and journals before a year, pages, people in prose).
Every note is written for this table (invented writers and titles)."""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span


def read(text: str) -> list[tuple[list[str], str, str]]:
    """(surnames, year, title) of each work the reader finds in one note."""
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    return [
        ([a.surname for a in c.authors], c.year, c.title) for c in note_citations_in(text, note)
    ]


# (kind, note text, the works read: (surnames, year, start of the title)); [] = nothing
KINDS = [
    # --- a plain short form followed by a few words is no sentence (whole words counted)
    (
        "short form: a second title after ', and' is not prose",
        "Ellery, Salt Roads, 77, and Canal Towns, 12.",
        [(["Ellery"], "", "Salt Roads")],
    ),
    (
        "negative short form: a sentence after a place",
        "In Mesopotamia, Jericho was flourishing around 6,500 BCE, while Sumer sustained "
        "nearly nothing.",
        [],
    ),
    # --- an inverted reading whose "given names" are a periodical's plain title
    (
        "inverted: a surname, a plain title, a date and a page",
        "Roe, Tidal Occupy Theory, February 2012, 15.",
        [(["Roe"], "2012", "Tidal Occupy Theory")],
    ),
    (
        "inverted: Anonymous, a plain title, a date and a page",
        "Anonymous, Tidal Occupy Theory, February 2012, 15.",
        [([], "2012", "Tidal Occupy Theory")],
    ),
    (
        "inverted: a bibliography's two given names stay given names",
        "Ellery, Margaret Anne. The Salt Roads. Manchester: Northern Press, 1998.",
        [(["Ellery"], "1998", "The Salt Roads")],
    ),
    (
        "negative inverted: a place, its state, a date and a page",
        "Durham, North Carolina, May 2012, 15.",
        [],
    ),
    (
        "negative inverted: a place, a publisher and a date",
        "London, Verso Books, May 2012, 15.",
        [],
    ),
    # --- an undated imprint
    (
        "undated imprint: a corporate author and a question as title",
        "Workers' Education League, Why Organise? (Manchester: WEL, n.d.), 2.",
        [(["Workers' Education League"], "", "Why Organise?")],
    ),
    (
        "undated imprint: a person and a plain title",
        "Margaret Ellery, Salt Roads (Manchester: Northern Press, n.d.), 4.",
        [(["Ellery"], "", "Salt Roads")],
    ),
    ("negative undated imprint: the imprint alone in brackets", "(Manchester: WEL, n.d.), 2.", []),
    ("negative undated imprint: the imprint alone", "Manchester: WEL, n.d.", []),
    # --- a part of another writer's book, its writer after ", by"
    (
        "part by another: introduction to a plain title, by its writer, then the imprint",
        "Joan Hale, introduction to Strike Songs, by Idris Mold (Cardiff: Valley Press, 1990), ix.",
        [(["Hale"], "1990", "Strike Songs")],
    ),
    (
        "negative part by another: no imprint vouches for the title",
        "Joan Hale, introduction to Strike Songs, by Idris Mold.",
        [],
    ),
    # --- a short form set in prose after a cue or a clause, its page closing the segment
    (
        "short form in prose: after 'see' inside a sentence",
        "On the mills see Rusk, Carolina Mills, 88.",
        [(["Rusk"], "", "Carolina Mills")],
    ),
    (
        "short form in prose: after a clause of commentary",
        "See, for a contrary view, Ellery, Salt Roads, 77.",
        [(["Ellery"], "", "Salt Roads")],
    ),
    (
        "negative short form in prose: a clause after the name",
        "On the mills see Rusk, who wrote in 1988.",
        [],
    ),
    (
        "negative short form in prose: places and a year after a cue",
        "See, for the mills, Leeds, Bradford and Halifax, 1880.",
        [],
    ),
    (
        "negative short form in prose: places and a number",
        "In the end, Paris, France, 12 men died.",
        [],
    ),
    (
        "negative short form in prose: a person, a title, then prose",
        "The argument, as Engels saw it, Marx, Capital, was wrong.",
        [],
    ),
    # --- a person with given names in prose, a plain title and its imprint
    (
        "person in prose: a possessive and a plain title",
        "This is the argument of Petra Novak's Harbours and Hinterlands (Bristol: Seaway, "
        "2005), esp. chap. 2.",
        [(["Novak"], "2005", "Harbours and Hinterlands")],
    ),
    (
        "person in prose: a comma and a plain title",
        "The best account remains Gwen Tate, After the Strike (Cardiff: Valley Press, 1987), "
        "201--9, though it leans on the union's records.",
        [(["Tate"], "1987", "After the Strike")],
    ),
    (
        "negative person in prose: more people, then an imprint",
        "We met Gwen Tate, Paul Okafor and others at the launch (London: Verso, 1990).",
        [],
    ),
    (
        "negative person in prose: people in title case, then an imprint",
        "We met Gwen Tate, Paul Okafor and Others (London: Verso, 1990).",
        [],
    ),
    (
        "negative person in prose: a possessive and prose",
        "Gwen Tate's view of the strike (London: Verso, 1990) is partial.",
        [],
    ),
    # --- a letter in a collection with a plain title
    (
        "letter: in a collection with a plain title and an imprint",
        "Ada Pryce to Samuel Orme, 12 May 1851, in The Letters of Ada Pryce, ed. Joan Hale "
        "(Oxford: Clarendon Press, 1984), 117.",
        [(["Pryce"], "1984", "The Letters of Ada Pryce")],
    ),
    (
        "negative letter: a place after 'in' is no collection",
        "Ada Pryce to Samuel Orme, 12 May 1851, in London.",
        [(["Pryce"], "1851", "")],
    ),
    # --- a legal case by its plain name and its report
    (
        "legal case: a plain case name and its report",
        "Harlow v. Pike, 347 U.S. 483 (1954).",
        [([], "1954", "Harlow v. Pike")],
    ),
    ("negative legal case: a case name and a year, no report", "See Harlow v. Pike (1954).", []),
    ("negative legal case: a case name and a bare year", "Harlow v. Pike, 1954.", []),
    # --- an interview by a named interviewer (Chicago 14.219)
    (
        "interview: by a named interviewer",
        "Ruth Calder, interview by Simon Wey, June 3, 1998, transcript, Pennine Oral History "
        "Project, Leeds.",
        [(["Calder"], "1998", "")],
    ),
    (
        "negative interview: interviewed in prose",
        "Ruth Calder, interviewed by Simon Wey in 1998, said so.",
        [],
    ),
    (
        "negative interview: with a named person (who is the source?)",
        "Tomas Brand, interview with Anna Keller, April 19, 2017.",
        [],
    ),
    # --- a second work after ", as well as"
    (
        "as well as: two full forms",
        "See Gwen Tate, After the Strike (Cardiff: Valley Press, 1987), as well as Karen Holt, "
        "Mill Towns (Leeds: Northern Press, 1998).",
        [(["Tate"], "1987", "After the Strike"), (["Holt"], "1998", "Mill Towns")],
    ),
    ("negative as well as: people in prose", "Tate as well as Lusk agreed in 1987.", []),
    # --- a title then a bare year, then prose: the sentence's subject
    (
        "year then prose: a marked title and its year alone",
        "*Deutsch-Französische Jahrbücher*, 1843.",
        [([], "1843", "Deutsch-Französische Jahrbücher")],
    ),
    (
        "negative year then prose: a journal, a year and a verb",
        "*Labour Review*, 2001, devoted an issue to the strike.",
        [],
    ),
    # --- a quoted title whose closing quote is missing, before a paper and a date
    (
        "unclosed quote: before a paper's plain name and a date",
        'Morgane Rubetti, "Gilets jaunes: la colère, Le Figaro, November 24, 2018.',
        [(["Rubetti"], "2018", "Gilets jaunes")],
    ),
    (
        "negative unclosed quote: a quotation in prose before a paper and a date",
        'He said "it was over, Le Figaro, November 24, 2018.',
        [],
    ),
    # --- a plain title, a quoted part or a year, then an address
    (
        "addressed title: a plain title, a quoted chapter and an address",
        'Economic and Philosophic Manuscripts of 1844, "Estranged Labour," available online at '
        "https://www.example.org/1844/labour.htm.",
        [([], "", "Economic and Philosophic Manuscripts of 1844")],
    ),
    (
        "addressed title: a plain title, a year and an address",
        "Anti-Dühring and Its Critics, 1878. https://www.example.org/ad",
        [([], "1878", "Anti-Dühring and Its Critics")],
    ),
    (
        "negative addressed title: a person, a year and an address",
        "Karl Marx, 1843. https://x.org/a",
        [],
    ),
    (
        "negative addressed title: a paper's name and its date",
        "Sp!ked May 9, 2014, available on-line at: http://www.example.org/review/.",
        [],
    ),
    (
        "negative addressed title: a plain title and a year, no address",
        "Economic Manuscripts, 1844, were found later.",
        [],
    ),
    # --- a plain title in prose, its editors and an imprint after it
    (
        "edited in prose: a plain title after a word of prose, editors, an imprint",
        "The essays were gathered as Red Years, edited by Mary Holt and Sam Pell (London: "
        "Verso, 2011), a volume that sold well.",
        [(["Holt", "Pell"], "2011", "Red Years")],
    ),
    (
        "edited: a plain title opening the note, 'ed.' and the editor",
        "The Essential Rosa Luxemburg, ed. Helen Scott (Chicago: Haymarket, 2008), 45.",
        [(["Scott"], "2008", "The Essential Rosa Luxemburg")],
    ),
    (
        "negative edited in prose: a title's own joining word is no prose before it",
        "Voices of the Coalfield, edited by Joan Hale (Cardiff: Valley Press, 1990), 9.",
        [(["Hale"], "1990", "Voices of the Coalfield")],
    ),
    (
        "negative edited in prose: editors and an imprint, no title",
        "The book was edited by Mary Holt (London: Verso, 2011).",
        [],
    ),
    (
        "negative edited in prose: a place after 'in'",
        "The meeting in London, edited by Mary Holt (London: Verso, 2011).",
        [],
    ),
    # --- a described work in a collection with a plain title
    (
        "collection: a speech, its date, then a plain collection and its imprint",
        "Lenin, speech at the Third Congress of the Comintern, July 1, 1921, in Collected "
        "Works, vol. 32 (Moscow: Progress Publishers, 1965), 468.",
        [(["Lenin"], "1965", "Collected Works")],
    ),
    (
        "negative collection: a place and a year after 'in'",
        "Lenin, speech at the Third Congress, in Moscow (1921).",
        [],
    ),
    # --- two words naming a kind of book are a title, not a person; initials of a translator
    (
        "book words: a two-word title, a translator with initials, an imprint",
        "Selected Writings, trans. E. B. Ashton (London: Verso, 1990), 3.",
        [([], "1990", "Selected Writings")],
    ),
    (
        "negative book words: a person before an imprint is no title",
        "Leon Trotsky (New York: Pathfinder, 1970).",
        [],
    ),
    (
        "negative book words: a person and a translator",
        "See Leon Trotsky, trans. Max Eastman (New York: Pathfinder, 1970).",
        [],
    ),
    # --- German and French joining words in a plain title; "Anon." and its full stop
    (
        "joiners: a German plain title a writer's letters were published in",
        "Luxemburg's letters from prison were published in Briefe aus dem Gefängnis (Berlin: "
        "Dietz, 1922).",
        [(["Luxemburg"], "1922", "Briefe aus dem Gefängnis")],
    ),
    (
        "anonymous: 'Anon.' and its full stop before a plain title and an imprint",
        "Anon., The Red Pamphlet (London: Black Press, 1911), 4.",
        [([], "1911", "The Red Pamphlet")],
    ),
    (
        "negative joiners: a place after 'published in'",
        "Luxemburg's letters from prison were published in Berlin in 1922.",
        [],
    ),
    (
        "negative joiners: two people joined by 'und' before an imprint",
        "Marx und Engels (Berlin: Dietz, 1922).",
        [],
    ),
    ("negative anonymous: a name, a full stop, a year", "Smith., 1911, 4.", []),
    # --- a source after a noun of discussion and "in", or a verb, a few words and "in"
    (
        "discussion in: a short form after 'the discussion in'",
        "See the discussion in Tate, The Long Strike, 12–14.",
        [(["Tate"], "", "The Long Strike")],
    ),
    (
        "discussion in: 'discussed at length in' and a possessive's book",
        "This is discussed at length in Tate's book, The Long Strike (Cardiff: Valley Press, "
        "1987).",
        [(["Tate"], "1987", "The Long Strike")],
    ),
    (
        "op. cit.: after a plain short title",
        "Tate, The Long Strike, op. cit., 12.",
        [(["Tate"], "", "The Long Strike")],
    ),
    (
        "negative discussion in: a place, its country and a year",
        "The discussion in Paris, France, 1968.",
        [],
    ),
    ("negative discussion in: a place in prose", "The account in London was short.", []),
    (
        "negative discussion in: a clause, a place, its country and a year",
        "And, as it happened, Paris, France, 1968.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in KINDS], ids=[k for k, _, _ in KINDS]
)
def test_kind(text: str, expected: list[tuple[list[str], str, str]]) -> None:
    found = read(text)
    assert [(names, year) for names, year, _ in found] == [(n, y) for n, y, _ in expected]
    for (_, _, title), (_, _, start) in zip(found, expected, strict=True):
        assert title.strip().startswith(start)


def test_the_kinds_have_at_least_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for kind, _, _ in KINDS if kind.startswith("negative"))
    assert negatives >= len(KINDS) - negatives
