"""ambiguous-ibid when the note before cites several works: the referent is clear all the
same when the back-reference names its note or its writer, when an "Idem" opens a work of
its own, when the other works are only named in prose, or when one work is quoted in,
reprinted in or translated as the other (Chicago 14.34; German "ebd.", "zit. in", "dt.:";
Greek "ό.π.", "παρατίθεται στο", "ελλ. μτφρ."). Each
class has documents where the finding must appear and where it must not. Every writer and
title is invented."""

from __future__ import annotations

import pytest

from tests.test_note_citation_rules import findings, manuscript

TWO = (
    "Grigory Haldane, *The Iron Road* (London: Verso, 1977), 9; "
    "Harold Pike, *War and Reform* (London: Pluto, 1982), 3."
)
TWO_BY_PIKE = (
    "Harold Pike, *The Iron Road* (London: Verso, 1977), 9; "
    "Harold Pike, *War and Reform* (London: Pluto, 1982), 3."
)
TWO_ARTICLES = (
    "Grigory Haldane, *The Iron Road* (London: Verso, 1977), 9; see also Harold Pike, "
    '"War and Reform," *Quarterly Review*, no. 12 (1982): 3–19.'
)
ONE_AND_PROSE = (
    "Grigory Haldane, *The Iron Road* (London: Verso, 1977), 9. Lotte Weiss’s *Kleine "
    "Prosa* (1931) had made the point first, as Otto Brandl did in his *Tagebücher*."
)
ONE_AND_CITED = (
    "Grigory Haldane, *The Iron Road* (London: Verso, 1977), 9. See also Lotte Weiss, "
    "*Kleine Prosa* (Wien: Zsolnay, 1931), 4."
)
BRENNER = "Wilhelm Brenner: Die Ordnung der Dinge. Frankfurt am Main: Suhrkamp 1971, S. 12"
OSTWALD = "Karla Ostwald: Lesarten der Ordnung. Berlin: Akademie 1990, S. 176."
BRENNER_EN = "Wilhelm Brenner, *Die Ordnung der Dinge* (Frankfurt am Main: Suhrkamp, 1971), 12"
OSTWALD_EN = "Karla Ostwald, *Lesarten der Ordnung* (Berlin: Akademie, 1990), 176."
GREEK_QUOTED = (
    "Γ. Μπρένερ, *Η τάξη των πραγμάτων*, Αθήνα: Νήσος, 1971, σ. 12, παρατίθεται στο "
    "Κ. Όστβαλντ, *Αναγνώσεις της τάξης*, Αθήνα: Κριτική, 1990, σ. 176."
)
REPRINTED = (
    'Harold Pike, "War and Reform," *Quarterly Review*, no. 12 (1982): 3–19, reprinted in '
    "Martin Crane, ed., *Essays on War* (London: Pluto, 1990), 45–60."
)
TRANSLATED_DE = (
    "Jean-Luc Barreau: *Le dimanche inachevé*, Paris: Seuil 1968; dt.: *Der unvollendete "
    "Sonntag*, übers. v. Renate Kühn, Frankfurt am Main: Suhrkamp 1974. Ich zitiere nach der "
    "Übersetzung."
)
TRANSLATED_GR = (
    "Ζ. Μπαρό, *Η ανολοκλήρωτη Κυριακή* (ελλ. μτφρ.: Ρ. Κουν, Κέδρος, Αθήνα 1974), σ. 12."
)
TRANSLATORS = (
    "Friedrich Nolte, *Vom Nutzen der Dinge*, trans. Peter Preis (Indianapolis: Hackett, "
    "1980), 4; Karl Marks, *Das Kapitel*, trans. Ben Fowler (London: Penguin, 1976), 5."
)

# (previous note, the back-reference): the referent is clear; no finding
CLEAR = [
    # the note it points to, named
    (TWO, "Ό.π. (σημ. 1), σ. 12."),
    (TWO, "Ibid. (n. 1), 4."),
    (TWO, "Op. cit. (see note 1), 4."),
    # its writer named, one work of that writer in the note before
    (TWO, "Ibid. (Pike), 12."),
    (TWO, "Ebd. (Pike), S. 12."),
    (TWO, "Ό.π. (Pike), σ. 12."),
    # "Idem" opening a work of its own: the writer just cited
    (TWO_ARTICLES, 'Cf. idem, "The Left and the War," ibid., no. 14 (1983): 21–40.'),
    # the other works only named in the note's prose
    (ONE_AND_PROSE, "Ibid., 12."),
    # one work quoted in the other: one source
    (f"{BRENNER}; zit. in: {OSTWALD}", "Ebd."),
    (f"{BRENNER_EN}, zit. bei {OSTWALD_EN}", "Ebd., S. 4."),
    (f"{BRENNER_EN}, qtd. in {OSTWALD_EN}", "Ibid."),
    (f"{BRENNER_EN}, zitiert in {OSTWALD_EN}", "Ebd."),
    (GREEK_QUOTED, "Ό.π."),
    # one work reprinted in another, or given with its translation: one source
    (REPRINTED, "Ibid., 50."),
    (TRANSLATED_DE, "Ebd., S. 12."),
    (TRANSLATED_GR, "Ό.π., σ. 14."),
]

# (previous note, the back-reference): still ambiguous; the finding must appear
AMBIGUOUS = [
    (TWO, "Ibid., 12."),  # Chicago: never after a note of several works
    (TWO, "Ό.π., σ. 12."),
    (TWO, "Idem, 41."),  # no title of its own: the work before, which one?
    (TWO, "Ibid. (Smith), 12."),  # a writer the note before does not cite
    (TWO_BY_PIKE, "Ibid. (Pike), 12."),  # two works of that writer
    (ONE_AND_CITED, "Ibid., 12."),  # the second work is cited, with its details
    (f"{BRENNER}; vgl. auch {OSTWALD}", "Ebd."),  # "vgl. auch": a second source, not quoted in
    (f"{BRENNER_EN}; {OSTWALD_EN}", "Ebd., S. 4."),
    (TRANSLATORS, "Ibid., 14."),  # two works, each with its translator: not a translation
]


@pytest.mark.parametrize(("previous", "back_reference"), CLEAR)
def test_clear_referent_gives_no_finding(previous: str, back_reference: str) -> None:
    assert findings(manuscript(previous, back_reference), "ambiguous-ibid") == []


@pytest.mark.parametrize(("previous", "back_reference"), AMBIGUOUS)
def test_ambiguous_referent_is_reported(previous: str, back_reference: str) -> None:
    found = findings(manuscript(previous, back_reference), "ambiguous-ibid")
    assert [f.data["note"] for f in found] == [2]


def test_titled_idem_still_needs_a_writer_before_it() -> None:
    """An "Idem" with a work of its own opening the notes has no writer to stand for."""
    text = manuscript('Cf. idem, "The Left and the War," *Quarterly Review*, no. 14 (1983): 21–40.')
    assert [f.data["note"] for f in findings(text, "ambiguous-ibid")] == [1]
