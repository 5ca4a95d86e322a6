"""An editor's inverted name and role alone, a list-style entry's first sentence: "Vell,
Ann (ed.). *The Harbour Year*. London: Verso, 1999." (Harvard and APA put the role in
brackets after the names; German "(Hg.)", "(Hrsg.)"). Read alone, the
given name was taken for the title ("Vell", "Ann"); the entry reads on to its title and
imprint as "Vell, Ann. *…*" does (`note_citations._names_alone`). Chicago's ", ed." after
the given name is read in one sentence with the title, which is mended after reading."""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_dated_names import opens_group
from citecheck.extract.note_patterns import GIVEN, GIVEN_PERSON, NAME_WORD
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# The inverted name (a co-editor after "and"), then the role's bracket, to the full stop.
# matches "Vell, Ann (ed.)", "Vell, Ann, and Tom Rudd (eds.)", "Vell, Ann (Hg.)", "Vell, A.
# (ed)"; not "Vell, Ann" (`NAME_SENTENCE`), "Vell (ed.)" (no given name), "Βελλ, Άννα
# (επιμ.)" (the Greek reader reads no inverted editor's entry on: left as it was read)
_EDITED_ALONE = lazy_compile(
    rf"""{NAME_WORD},\s++{GIVEN}(?:\s++{GIVEN}){{0,2}}
         (?:,?\s++(?:and|&|und)\s++{GIVEN_PERSON})?
         \s*+\((?:eds?|Hg|Hgg|Hrsg)\.?\)""",
    re.VERBOSE,
)


def edited_names_alone(text: str, segment: Span) -> bool:
    """The segment (its full stop last) opening the note or a ";" group is an editor's
    inverted name and role alone."""
    if text[segment.end - 1] != "." or not opens_group(text, segment.start):
        return False
    return _EDITED_ALONE.fullmatch(text, segment.start, segment.end - 1) is not None


# Chicago's bibliography form of the same (14.103): "Vell, Ann, ed. *The Harbour Year*.";
# the sentence runs on past "ed.", so the title is the next marked or plain title.
# matches "Vell, Ann, ed. *The Harbour Year*", "Vell, Ann, eds. The Harbour Year."; not
# "Vell, Ann. *The Harbour Year*" (no role), "Vell, ed., *The Harbour Year*" (no given name)
_EDITED_TITLE = lazy_compile(
    rf"""{NAME_WORD},\s++(?P<given>{GIVEN}(?:\s++{GIVEN}){{0,2}}),\s++eds?\.\s++
         (?:\*{{1,2}}(?P<italic>[^*]{{1,300}})\*{{1,2}}|(?P<plain>[{UPPER}][^.;*]{{0,300}})\.)""",
    re.VERBOSE,
)


def with_edited_title(citation: NoteCitation) -> NoteCitation:
    """A reading of "Vell, Ann, ed. *Title*." whose title is the editor's given name, with
    the title that follows the role."""
    found = _EDITED_TITLE.match(citation.text)
    if found is None or citation.title != found.group("given").rstrip("."):
        return citation
    if found.group("italic") is not None:
        return replace(citation, title=found.group("italic"), title_style="italic")
    return replace(citation, title=found.group("plain"), title_style="plain")
