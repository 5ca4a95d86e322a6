"""Reading one work where a citation may start: its names, title and details (the parts),
then the decision whether they make a citation, and of what form."""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.bibliography.names import author
from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_bridges import (
    BLOCK_QUOTE,
    BRIDGE,
    DATED_PLAIN_BRIDGE,
    GENRE_BRIDGE,
    PART_OF_BOOK,
    PLACE_YEAR_BRACKET,
    PLAIN_BRIDGE,
    PLAIN_KIND_BRIDGE,
    PLAIN_PROSE_BRIDGE,
    PROSE_BRIDGE,
    bridge_at,
    is_bridge,
)
from citecheck.extract.note_comment_years import comment_year
from citecheck.extract.note_details import ONLINE_WORDS, Details, read_details, vouching
from citecheck.extract.note_editors import editors_after
from citecheck.extract.note_german import only_an_imprint, open_imprint_at
from citecheck.extract.note_greek import (
    close_initials_end,
    date_after_initials,
    issue_by_date,
    more_surnames_first,
    opens_greek_title,
    quotation_in_guillemets,
)
from citecheck.extract.note_greek_names import (
    name_order,
    surname_before_given,
    year_after_name,
)
from citecheck.extract.note_greek_paper_bridges import paper_at
from citecheck.extract.note_imprint_parts import open_imprint_after_parts
from citecheck.extract.note_list_details import details_after_list
from citecheck.extract.note_list_run_on import list_cut
from citecheck.extract.note_names import (
    SENTENCE_IN_NAMES,
    SENTENCE_LEADS,
    adverb,
    given_names,
    mixed_list,
    names_end,
    plausible_names,
    surname_first,
    surname_list,
    surnames,
    surnames_before_a_year,
)
from citecheck.extract.note_no_author import paper_before
from citecheck.extract.note_part_of import plain_container
from citecheck.extract.note_parts import after_cue, build_citation, form_of, skip_comma
from citecheck.extract.note_patterns import (
    BY_AUTHOR,
    COLON_NAMES,
    CORPORATE,
    CORPORATE_PLAIN,
    IMPRINT_NEXT,
    INVERTED_NAMES,
    NAMES,
    ONE_PERSON,
    OP_CIT,
    PAGES,
    PERSON_SPLIT,
    PLACE_YEAR_IMPRINT,
    YEAR,
)
from citecheck.extract.note_place_comma_year import place_comma_year
from citecheck.extract.note_place_openers import known_place
from citecheck.extract.note_plain_titles import (
    bridged_plain_title,
    imprint_after,
    kind_bridged_plain_title,
    title_only,
    vouched_plain_title,
)
from citecheck.extract.note_publisher_imprints import publisher_imprint_at
from citecheck.extract.note_title_locators import LOCATOR_ONLY, PAGED_LOCATOR
from citecheck.extract.note_titles import (
    german_title_as_given,
    plain_title_by,
    publisher_name,
    read_title,
    sentence_case_title,
    title_case,
    title_words_only,
    year_led_title,
)
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation

# An APA reference's names: a surname, initials only, the year in brackets (APA 7th ed.,
# 9.8, 9.9); the full stop after it ends the names as a bibliography's does.
# APA spaces its initials ("J. A."), unlike a state's abbreviation ("Durham, N.C.").
# matches "Pike, J. (1999)", "Pike, J. A. (1999)", "Pike, J.-P. (1999)", "Pike, J. A., &
# Hale, T. (2001)"; not "Paris, France (1968)" (no initial), "Pike, Joan (1999)", "Durham,
# N.C. (1999)"
_APA_DATED = lazy_compile(
    r"""[^,]+,\s+[A-Z]\.(?:-[A-Z]\.)?(?:\s+[A-Z]\.(?:-[A-Z]\.)?){0,2}
        (?:,?\s+(?:and|&)\s+[^()]{1,60}?)?
        \s*\(\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*\)""",
    re.VERBOSE,
)

# An author-year citation right after the names: "Cliff, 1974", "Marx, 1986, p558".
# matches ", 1974", ", 1974, p20", " 2009, p176"; not ", 1839: The Year of …" (a title)
_YEAR_NEXT = lazy_compile(r"\s*,?\s*\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\b(?!:\s+[A-Z])")

# A title opening with a year and a colon, any capital after it (Greek, German): after a
# person written with given names, with a year of its own after it, it is a title, not an
# author-date year ("Γιάννης Πάνου, 1922: Η καταστροφή, Αθήνα …, 1999", "Hans Kessler, 1918:
# Über das Ende, Berlin 2001").
# matches ", 1922: Η", ", 1918: Ü"; not ", 1999: 45", ", 1999, S. 4"
_YEAR_TITLE_NEXT = lazy_compile(rf",\s*(?:1[5-9]\d\d|20\d\d):\s+[{UPPER}]")


# Where a German list of inverted persons parts them ("/Hale, Tom/Cole, Ruth").
# matches "/", " ; "; not ",", " "
_PARTED = lazy_compile(r"\s*[/;]\s*")

# A year in square brackets inside an author-date bracket: the original's.
# matches "[1951]" in "2001 [1951]"; not "1951/2001"
_SQUARE_BRACKETED = lazy_compile(r"\[[^\[\]]{0,12}\]")


def read_at(
    s: str, k: int, offset: int, end: int, note: int, *, names_needed: bool = False
) -> NoteCitation | None:
    if (
        (" by " in s or "dir" in s)  # cheap test first: most notes have neither
        and (names_needed or k == after_cue(s))
        and (plain_by := plain_title_by(s, k, offset, end, note))
    ):
        return plain_by
    authors: tuple[Author, ...] = ()
    after = k
    unsure = []
    dated = ""  # a year in brackets after a name written surname first
    inverted = INVERTED_NAMES.match(s, k)
    names = NAMES.match(s, k)
    sentence_end = (
        SENTENCE_IN_NAMES.search(names.group()) if names and ". " in names.group() else None
    )
    if sentence_end and " " in names.group()[: sentence_end.start()]:
        # "Stefan Aust. The Baader Meinhof Complex (…)": the names end there ("Vgl. Ruda"
        # is a cue and a name)
        names = NAMES.match(s, k, k + sentence_end.start())
    run_on = list_cut(s, names) if names and not names_end(s, names) else None
    if run_on is not None:
        # "James Fenn and Henry Orly Salt Roads in Winter (…)": the list ran into a plain title
        names = NAMES.match(s, k, run_on.names_end)
        if names is None or names.end() != run_on.names_end:
            run_on = None
    ends = names is not None and (
        names_end(s, names)
        or run_on is not None
        or (" in " in s and bridge_at(s, names.end(), citation_shape=False) is not None)
    )  # "Marx and Engels had observed, in their *Manifesto …*": the names end at the bridge
    if names and surnames_before_a_year(s, k):
        return None  # "Varga, Kolb und Holm 2008, S. 4": author-date, read by citations.py
    if (
        names
        and s[names.end() : names.end() + 1] == ","
        and (_TITLE_ARTICLE_BEFORE.search(s, max(0, k - 4), k) or names.group().startswith("A "))
    ):
        # "The Marx-Engels Reader, Second Edition, ed. …", "A Harbour Reader, …": a title's
        # article opens the words before the comma, which name no person ("An Nguyen" may
        # be one; a body's "The Pandas Development Team, …" is read whole below, and "The
        # Covered Streets (Leeds: …)" as an unsigned title)
        return None
    if names and (not ends or mixed_list(s, names) or _list_before_imprint(s, names)):
        names = ONE_PERSON.match(s, k)  # the list reading ran into a plain title
        inner = _INNER_POSSESSIVE.search(names.group()) if names else None
        if inner is not None:  # "Petra Novak's Harbours …": the person ends at the "'s"
            names = ONE_PERSON.match(s, k, k + inner.end())
    if inverted and names and (names.end() > inverted.end() or surname_list(inverted)):
        inverted = None  # "Adorno, Anders, Horkheimer and Pollock": a list, not "Adorno, A."
    if inverted and _title_as_given(s, inverted):
        inverted = None  # "Roe, Tidal Occupy Theory, February 2012": a surname and a title
    if inverted and plausible_names(inverted.group("names")):
        more = inverted.group("more") or ""
        if inverted.group("more_surname"):  # "Arato, A. & Breines, P.": the surname only
            more = " and " + inverted.group("more_surname")
            if third := inverted.group("third"):  # "Pike, Joan/Hale, Tom/Cole, Ruth"
                more += "".join(
                    " and " + person.split(",")[0].strip() for person in _PARTED.split(third)[1:]
                )
        authors = tuple(surnames(inverted.group("names") + more))
        after = inverted.end()
        if suffix := _INVERTED_SUFFIX.match(s, after):
            after = suffix.end()  # "Obst, Martin, Jr. *Salt Roads*.": the suffix is no title
        if s[after : after + 1] == "." and _APA_DATED.fullmatch(inverted.group()):
            after += 1  # "Pike, J. (1999). Salt Roads. Verso.": APA's stop ends the names
        elif s[after : after + 1] == "." and more and not inverted.group("more_surname"):
            # "Vell, Tomas, and Anna Roe. The Councils …": the last writer's surname and the
            # stop end the names as "Vell, Tomas." does (Chicago 14.76's bibliography form)
            after += 1
    elif names and plausible_names(names.group("names")):
        possessive = names.group("names").endswith(("'s", "’s")) and not names.group("role")
        # "Καραμπέτσος Νικόλαος, …": a Greek surname before the given name
        greek_surname = surname_before_given(names.group("names"))
        greek_dated = year_after_name(s, names.end()) if greek_surname else None
        year_title = (
            (
                (
                    (opened := _YEAR_TITLE_NEXT.match(s, names.end()))
                    and YEAR.search(s, opened.end())  # the work's own year after its title
                )
                or _year_led_next(s, names)  # "Bo Trane, 1848 and the Salt Roads (York: …)"
            )
            and given_names(None, names)
            and not _imprint_writer(tuple(surnames(names.group("names"))))
        )
        if (
            not greek_dated
            and not year_title
            and _YEAR_NEXT.match(s, names.end())
            and not (
                possessive
                and (
                    BRIDGE.match(s, names.end() - 2) or PLAIN_KIND_BRIDGE.match(s, names.end() - 2)
                )
            )
        ):
            # "Cliff, 1974": author-year, read by citations.py; but "Benjamin's 1934 essay
            # on “The Author as Producer”" names a work
            return None
        authors = tuple(surnames(names.group("names")))
        after = names.end()
        if greek_surname:
            authors = (author(greek_surname),)
            if greek_dated:  # "Καραμπέτσος Νικόλαος (2000), …"
                dated, after = greek_dated
        elif len(authors) > 1:  # "Καραμπέτσος Νικόλαος – Σωτηρόπουλος Δημήτρης, …"
            authors = _each_in_order(names.group("names"), authors)
        if order := name_order(names.group("names")):
            unsure.append(order)  # "Ξάνθος Ορέας": settled by the document's habit
        if reversed_name := surname_first(names.group("names"), s[names.end("names") :]):
            authors = (reversed_name,)  # "Λούκατς Γκ., *…*": the surname before the initial
            after = close_initials_end(s, after)  # "Λένιν Β.Ι., *…*"
            more, after = more_surnames_first(s, after)  # "… και Ένγκελς Φ., *…*"
            authors += tuple(author(surname) for surname in more)
            dated, after = date_after_initials(s, after)  # "Πουλαντζάς Ν. (1978), *…*"
            if more and s[after : after + 2] == ".,":
                after += 1  # "Μαρξ Κ. – Ένγκελς Φ., Η …": the last initial's full stop
        if s[after : after + 1] == "." and _SUFFIX_END.search(names.group()):
            after += 1  # "Samuel Pike Jr., *…*": the suffix's full stop ends no sentence
        elif suffix := _COMMA_SUFFIX.match(s, after):
            after = suffix.end()  # "Martin Obst, Jr., *…*": the suffix is no title
        elif s[after : after + 2] == ".," and len(authors) == 1 and _TITLE_NEXT.match(s, after + 2):
            after += 1  # "Anon., The Red Pamphlet (…)": an abbreviation's full stop
        if possessive:
            after -= 2  # "Lih's": the possessive is read by BRIDGE
    corporate = None
    if not (inverted or names_needed) and k == after_cue(s):
        # "World Commission on Environment and …, *…*"
        corporate = CORPORATE.match(s, k) if ", " in s else None
        if corporate is None and ", " in s:
            # "World Commission on Environment and Development, Our Common Future (Oxford: …)"
            corporate = CORPORATE_PLAIN.match(s, k)
            if corporate is not None and not vouched_plain_title(s, skip_comma(s, corporate.end())):
                corporate = None
        if corporate is not None and corporate.group("names").split()[0] in SENTENCE_LEADS:
            corporate = None  # "As Tom Rudd, Ina Lutz, and Ann Vell argue in …": prose
        if corporate is not None and corporate.end() > after:
            authors, after = (author(corporate.group("names")),), corporate.end()
            unsure.append("corporate author")
        else:
            corporate = None
    if names_needed and not authors:
        # inside prose a work without names needs "op. cit." ("in “Towards…”, op. cit.,
        # 53"), its writer after it ("see “Developing …,” by Peter Hudis") or an imprint
        # ("see *For They Know Not What They Do* (London: Verso, 2002)")
        title, title_style, title_end = read_title(s, k, False, colon=False)
        vouched = (
            OP_CIT.match(s, skip_comma(s, title_end))
            or BY_AUTHOR.match(s, title_end)
            or IMPRINT_NEXT.match(s, title_end)
            or _paged_short_form(s, title_style, title_end)  # "…, see *Capital*, 41."
        )
        if not title or not vouched:
            # a web copy's "see For They Know Not What They Do: … (London: Verso, 2002)"
            return title_only(s, k, offset, end, note)
    bridge = None
    if authors and inverted is None:
        bridge = bridge_at(s, after, citation_shape=k == after_cue(s) and not names_needed)
        if is_bridge(bridge, PROSE_BRIDGE, PLAIN_PROSE_BRIDGE) and bridge.group().startswith(","):
            if len(s[k:after].split()) < 2:
                bridge = None  # "Elsewhere, in “…”": a person named in full, or no one
    if bridge and is_bridge(bridge, PLAIN_BRIDGE, DATED_PLAIN_BRIDGE):
        # the title runs to the imprint's bracket, or to the year's
        title_end = s.index("(", bridge.end())
        title, title_style = s[bridge.end() : title_end].strip(" ,."), "plain"
        placed = PLACE_YEAR_BRACKET.match(s, title_end)
        if (
            is_bridge(bridge, PLAIN_BRIDGE)
            and placed
            and not (
                known_place(placed.group("place"))
                and title_words_only(title)
                and len(title.split()) >= 2
            )
        ):
            return None  # "Vell's Leeds speech (Leeds, 1950)": no known place, or no title
        if is_bridge(bridge, DATED_PLAIN_BRIDGE) and not (
            title_words_only(title) and len(title.split()) >= 2
        ):
            return None  # "See Vell's Account (2009).", "See Vell's Leeds speech (2009)."
        unsure.append("author in prose")
    elif bridge and is_bridge(bridge, PLAIN_KIND_BRIDGE):
        dated = YEAR.search(bridge.group()) is not None
        part = PART_OF_BOOK.match(bridge.group()) is not None
        plain = kind_bridged_plain_title(s, bridge.end(), dated=dated, part=part)
        if plain is None:
            bridge = None  # read on as if no bridge stood there: "Marx, Capital, 45"
        else:
            (title, title_end), title_style = plain, "plain"
            unsure.append("author in prose")
    elif bridge and is_bridge(bridge, PLAIN_PROSE_BRIDGE):
        plain = bridged_plain_title(s, bridge.end())
        if plain is None:
            return None
        (title, title_end), title_style = plain, "plain"
        unsure.append("author in prose")
    elif bridge:  # "Lih's *Lenin Rediscovered* (2008)", "Anderson in his *Considerations*"
        title, title_style, title_end = read_title(s, bridge.end(), False, colon=False)
        unsure.append("author in prose")
    # a year in brackets after names written surname first ends them as an inverted name's
    # does: "Καραμπέτσος Ν. (2000). Ο ιστορικός …" (the title after the year's full stop)
    colon = inverted is not None or s[after : after + 1] == ":" or bool(dated)
    if bridge is None and run_on is not None and after == run_on.names_end:
        title, title_style, title_end = run_on.title, "plain", run_on.title_end
    elif bridge is None:
        title, title_style, title_end = read_title(s, after, bool(authors), colon=colon)
        if title_style == "plain" and (cut := _place_cut(s, title, title_end)) is not None:
            title, title_end = cut  # "…, The City and the Strike, London, 1990, p. 12"
        elif title_style == "plain" and (cut := _publisher_cut(s, title, title_end)):
            title, title_end = cut  # "…, The Patient Will See You Now, Basic Books, 2015."
        if title_style == "plain" and (division := _DIVISION.search(title)) is not None:
            # "St. John Chrysostom, Homilies on Matthew, Homily 33.": the work's division
            # is its locator (Chicago 14.244), not its title's words
            title_end -= len(title) - division.start()
            title = title[: division.start()].rstrip()
    if title_style == "plain" and only_an_imprint(title) and not YEAR.search(s, title_end):
        # "Σύγχρονη Εποχή, Αθήνα: Κριτική 2005": a publisher and an imprint, no work ("Joan
        # Pike, Berlin: A City 1927, Leeds: Dale, 1999" has its own imprint after the title)
        return None
    colon_names = bool(authors) and not (inverted or bridge) and s[after : after + 1] == ":"
    imprint_vouches = is_bridge(
        bridge, PLAIN_BRIDGE, PLAIN_PROSE_BRIDGE, PLAIN_KIND_BRIDGE, DATED_PLAIN_BRIDGE
    )
    # inside prose, only a marked title vouches for the names, or an imprint after an
    # inverted name: "published in Benjamin, Walter, Gesammelte Briefe. … (Frankfurt: …)"
    plain_in_prose = names_needed and title_style == "plain" and not imprint_vouches
    if (
        plain_in_prose
        and authors
        and (title_case(title) or (sentence_case_title(title) and not _imprint_writer(authors)))
        and LOCATOR_ONLY.fullmatch(s, title_end)
        and not YEAR.search(s, title_end)
    ):
        # "On the mills see Rusk, Carolina Mills, 88.": a short form set in prose, its page
        # closing the segment (not a year: "the discussion in Paris, France, 1968"); Greek
        # and German titles are set in sentence case ("… βλ. Πάνου, Η πόλη, σ. 45.", "Zur
        # Stadt vgl. Hale, Die alte Stadt, S. 5."), an article first
        plain_in_prose = False
    if (
        plain_in_prose
        and authors
        and title[:1].isupper()
        and OP_CIT.match(s, skip_comma(s, title_end))
    ):
        # "… βλ. Γιώργος Παπαδάκης, Μνήμες, ό.π., σ. 45", "… see Tom Rudd, Tides, op. cit.":
        # "op. cit." names the work cited before, so the writer's plain title is a title
        plain_in_prose = False
    if plain_in_prose and authors and title_case(title) and _YEAR_THEN_ONLINE.match(s, title_end):
        # "… a critique of Lenin, One Step Forward, Two Steps Back (1904), available online
        # here": a year with the words a web copy keeps of the work's link vouches for it
        plain_in_prose = False
    if plain_in_prose and inverted is None and (colon or not _imprint_next(s, title_end)):
        # "… made by Žižek, Living in the End Times (2nd ed.) (London: Verso, 2011)": an
        # imprint right after the plain title vouches for it
        return None
    if title_style == "plain" and adverb(authors) and not (inverted or given_names(None, names)):
        # "Critically, Rose asked…": a sentence, not a citation; "Ann Kelly, Salt Roads (…"
        # gives the surname its given names, which no adverb has
        return None
    if _one_word_each(title_style, title, inverted, names) and _COMMA_YEAR.match(s, title_end):
        return None  # "Κριτική, Αθήνα, 1987": a publisher, a place and a year, no work
    if authors and not title:
        op = OP_CIT.match(s, skip_comma(s, after))
        pages = PAGES.match(s, after)
        if not (op or pages) or (k != after_cue(s) and not op):
            # a name and a page inside prose is no citation; a name and "op. cit." is one
            # anywhere ("On this, see Pike, op. cit., p. 12", "βλ. Σωτηρόπουλος, ό.π.")
            return None
        title_end = after
        if pages and names and (words_title := _one_word_list(names.group("names"))):
            # "Childs, Leadership, Conflict, and Cooperation, 6.": a surname and a plain
            # short title, not four people
            authors, title, title_style = authors[:1], words_title, "plain"
    by = BY_AUTHOR.match(s, title_end) if title and not authors else None
    writer = (by.group("names") or by.group("genitive")) if by else ""  # Greek: "του Α. Μπαντιού"
    if by and plausible_names(writer):
        # "“Developing …,” by Peter Hudis, Socialism and Democracy, 19 (2), July 2005"
        authors, title_end = tuple(surnames(writer)), by.end()
        unsure.append("writer after the title")
    if title and not authors and (edited := editors_after(s, title_end)):
        authors, title_end = edited  # "*Lenin Reloaded*, edited by Sebastian Budgen, …"
        unsure.append("editors as authors")
    if not authors and (not title or title_style == "plain" or title[:1].islower()):
        return None  # "*in Context*": a title's tail in emphasis left open, not a title
    if not authors and issue_by_date(s, title_end) and not paper_before(s, k):
        return None  # "«Ριζοσπάστης», 12/3/1998, σ. 4": a newspaper's issue
    if inverted is not None:
        unsure.append("inverted names")
    # the details stop at a block quotation; one right after the title is the work's own
    # ("As Lukács put it in the Preface (1922) to *History …*,\n\n    > I should …")
    block = BLOCK_QUOTE.search(s, title_end)
    details = read_details(s[title_end : block.start() if block else len(s)])
    # or after its year alone ("As Vell has written in *The Quiet Port* (1990),\n\n    > …"):
    # the source of a quotation named in the running text with its date (Chicago 14.x)
    quote = block is not None and (
        block.start() == title_end or _YEAR_ONLY.fullmatch(s, title_end, block.start()) is not None
    )
    if title_style == "plain" and authors and not details.pages:
        located_at = (
            _PLAIN_LOCATOR.fullmatch(s, title_end)
            or _PAGED_COMMENT.match(s, title_end)
            or _PAGE_THEN_VERB.match(s, title_end)
        )
        if located_at:
            # a web copy's "Hallorey, Der stille Hafen, 45 ff.", "…, σσ. 45-47, όπου …": the
            # pages, so no sentence
            details = replace(details, pages=located_at.group("pages"))
    if authors and not details.place and (placed := place_comma_year(s, title_end)):
        # "Tom Vell, The City and the Strike, London, 1990, p. 12": a signed work's place and
        # year with no publisher (an unsigned title's "London, 1970" is left as it was)
        details = replace(details, place=placed[0], year=details.year or placed[1])
    if plain_in_prose and not details.place:
        return None
    bridge_year = YEAR.search(bridge.group()) if bridge else None
    if bridge_year and not details.year and (details.pages or details.container):
        # "Greg Guma's 1989 book, *The People's Republic*, p. 19": a page or a container
        # makes it a citation, not a work named in passing
        details = replace(details, year=bridge_year.group(), published=True, loose_year=True)
    if dated and not title:
        return None  # "Πουλαντζάς Ν. (1978), σελ. 45.": author-date, as the author-year reader's
    if not details.year and dated:  # "Πουλαντζάς Ν. (1978), *…*, Αθήνα: Θεμέλιο."
        details = replace(details, year=dated, published=True)
    if not details.year and inverted is not None and inverted.group("original"):
        # "Lukács, G. (1970): Geschichte und Klassenbewusstsein": author-date bibliography
        # the edition's year: "(1951/2001)" gives 2001, "(2001 [1951])" 2001
        years = YEAR.findall(_SQUARE_BRACKETED.sub("", inverted.group("original")))
        if years:
            details = replace(details, year=years[-1], published=True)
    if details.journal and (not authors or title_style == "italic"):
        # "*Platypus Review* 99 (September 2017)", "Zinoviev, *Izvestiia*, No. 5 (1989)":
        # an issue of a journal, not a titled work
        details = replace(details, container=title)
        title, title_style = "", ""
    if (
        details.year
        and title
        and authors
        and not given_names(inverted, names)
        and _year_only(details)
        and comment_year(s, title_end, details.year)
    ):
        # "Vell, *Harbour Lights*, 44, on the strike of May 1921.": a short form and the
        # note writer's comment, whose year is not the work's
        details = replace(details, year="", loose_year=False, published=False)
    form = form_of(details)
    if form == "short" and title and given_names(inverted, names):
        # "Thomas Paine, *Common Sense*.": a short form is a surname and a short title; a
        # first citation with the given names is a full form that lacks its details
        form = "full"
        unsure.append("no publication details")
    if form == "short" and quotation_in_guillemets(s, k, title_end, title):
        return None  # "Μαρξ, «Οι άνθρωποι κάνουν την ιστορία τους, αλλά …», σελ. 45"
    if form == "short" and title_style == "plain" and _prose_after(s, title_end):
        return None  # "In Mesopotamia, Jericho was flourishing … around 6,500 BCE, while …"
    if form == "short" and title_style == "plain" and not details.pages and _sentence(title):
        return None  # "Citing Kolko, Rose posed the problem.": a sentence, no title or page
    if (
        title_style == "quoted"
        and not details.container
        and (book := plain_container(s, title_end))
    ):
        details = replace(details, container=book)  # a web copy's "“…,” Écrits, p. 337"
    # a container and a page make a work in prose a citation: "announced by Lacan in his
    # paper “The Freudian Thing,” *Écrits*, p. 337"
    located = bool(bridge) and bool(details.container and details.pages)
    # "*K-Punk*, p. 770" opening the note: a short form without author
    located = located or bool(
        not authors
        and title_style in ("italic", "quoted")
        and (k == after_cue(s) or _same_writer_next(s, k))
        and not names_needed
        and LOCATOR_ONLY.fullmatch(s, title_end)
    )
    # "For the figures, see *Capital*, 41.": after a cue in prose, a page must close it
    located = located or bool(
        not authors and names_needed and _paged_short_form(s, title_style, title_end)
    )
    # "Kolko's *Politics of War*, 41." opening the note: a short form with a possessive
    located = located or bool(
        is_bridge(bridge, BRIDGE)
        and bridge.group().strip() in ("'s", "’s")
        and k == after_cue(s)
        and title_style in ("italic", "quoted")
        and LOCATOR_ONLY.fullmatch(s, title_end)
    )
    in_passing = not authors or corporate or (bridge and not is_bridge(bridge, GENRE_BRIDGE))
    in_passing = in_passing and not located
    if in_passing and not details.published and form != "op-cit" and not (bridge and quote):
        return None  # a quotation in prose, or a work named in passing, not a citation
    if not (authors or vouching(replace(details, year=""))) and (
        year_then := _YEAR_THEN_PROSE.match(s, title_end)
    ):
        if _PROSE_AFTER.match(s, year_then.end()):
            return None  # "*Labour Review*, 2001, devoted an issue to …": a sentence's subject
    if is_bridge(bridge, PLAIN_KIND_BRIDGE) and not (vouching(details) or details.pages):
        if not (details.year and PART_OF_BOOK.match(bridge.group())):
            return None  # "Ken Burns's documentary series The Roosevelts (2014), which …"
    if is_bridge(bridge, PROSE_BRIDGE) and paper_at(s, bridge.end()):
        return None  # "έγραψε στην *Καθημερινή*, 12 Μαΐου 1936": the paper, not the work
    if is_bridge(bridge, PROSE_BRIDGE, PLAIN_PROSE_BRIDGE) and not (quote or vouching(details)):
        return None  # "Lenin wrote in *What Is to Be Done?* (1902) that …": in passing
    if colon_names:
        unsure.append(COLON_NAMES)  # decided with the rest of the note: `colon_reading`
    if title_style == "plain":
        unsure.append("plain title")
    if form == "full" and not details.year:
        unsure.append("no year")
    if details.loose_year:
        unsure.append("year beside the title")
    return build_citation(
        s, k, offset, end, note, form, authors, title, title_style, details, unsure
    )


# A volume in roman numerals and its page after a comma, as a short form gives them after
# its title ("Vell, *Harbour Strikes*, II, 45", Chicago's volume and page), never
# after a person's names: in a web copy it tells an inverted name's "given names" for a
# plain title.
# matches ", II, 45", ", IV: 12", ", III, S. 4", ", II, p. 45"; not ", II Corinthians", ",
# Vollmar", ", 19"
_VOLUME_NEXT = lazy_compile(r",\s*+[IVX]{1,5}\s*+[,:]\s*+(?:(?:S|pp?)\.\s*+)?\d")


# A date or a year, then a page, after a comma: what follows a periodical's plain title,
# never given names.
# matches ", February 2012, 15", ", 2012, p. 4", ", Spring 2010, 3"; not ", *Title*", ".
# Cities of Memory", ", and John Smith", ", May 2012." (no page: a place and a date)
_DETAILS_NEXT = lazy_compile(
    r""",\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Autumn|Fall
                |Winter)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?(?:1[5-9]\d\d|20\d\d)
        ,\s*(?:(?:pp?|(?-i:Sp?))\.\s*)?\d{1,4}\b(?![\d,])""",
    re.VERBOSE,
)


def _each_in_order(names: str, authors: tuple[Author, ...]) -> tuple[Author, ...]:
    """The persons of a list, each Greek one written "Surname Given" read by its surname."""
    persons = [p for p in PERSON_SPLIT.split(names) if p.strip()]
    if len(persons) != len(authors):
        return authors
    first = [surname_before_given(person) for person in persons]
    if not any(first):
        return authors
    return tuple(author(s) if s else a for s, a in zip(first, authors, strict=True))


# A year alone in brackets, then a link's words whose address a web copy dropped.
# matches " (1904), available online here", " (1904). Available on-line"; not " (1904), which
# …" (a work named in passing), " (1904), available in translation"
_YEAR_THEN_ONLINE = lazy_compile(
    rf"""\s*+\(\s*+(?:1[5-9]\d\d|20\d\d)\s*+\)[,.]?\s*+(?i:{ONLINE_WORDS})""",
    re.VERBOSE,
)


def _year_only(details: Details) -> bool:
    """A year is all the details say: no imprint, container, issue, address or op. cit."""
    return not (
        details.place
        or details.publisher
        or details.container
        or details.url
        or details.journal
        or details.online
        or details.op_cit
    )


def _place_cut(s: str, title: str, title_end: int) -> tuple[str, int] | None:
    """A plain title read on over the place of a "Place, Year" imprint after it, cut before
    the place's comma; None when its last comma starts no such imprint."""
    comma = title.rfind(",")
    if comma <= 0:
        return None
    at = title_end - len(title) + comma
    if s[at] != "," or place_comma_year(s, at) is None:
        return None
    return title[:comma].rstrip(), at


# A classical or patristic work's division after its title, numbered (Chicago 14.244-14.247:
# "Homily 33", "Sermon 2", "Letter 12", "Book IV").
# matches ", Homily 47", ", Psalm 88, Sermon 2", ", Book IV"; not "Homilies on Matthew", ",
# Book of Hours", ", Ode 3 and Other Poems" (the title goes on)
_DIVISION = lazy_compile(
    r""",\s++(?:Homily|Sermon|Letter|Epistle|Oration|Discourse|Hymn|Psalm|Canto|Book|Ode
              |Elegy|Satire|Dialogue|Lecture)\s++(?:\d{1,4}|[IVXLC]{1,7})\b
        (?=\s*+(?:$|[,:;(§]))""",
    re.VERBOSE,
)


# A year right after a plain title read on over its publisher: ", 2015" closing its part.
# matches ", 2015.", ", 2015, p. 4", " 2015;"; not ", 2015–16", ", 20"
_YEAR_CLOSING = lazy_compile(r",?\s*+(?:1[5-9]\d\d|20\d\d)(?![\d–-])\s*+(?:[.,;)]|$)")


def _publisher_cut(s: str, title: str, title_end: int) -> tuple[str, int] | None:
    """A plain title read on over the publisher of a "Publisher, Year" imprint after it
    (no place: "…, Basic Books, 2015", "…, Monthly Review Press, 1998"), cut before the
    publisher's comma; None when its last comma part is no publisher's name
    (`note_titles.publisher_name`) or no year follows it."""
    comma = title.rfind(",")
    if comma <= 0 or not _YEAR_CLOSING.match(s, title_end):
        return None
    part = title[comma + 1 :].strip()
    if not (publisher_name(part) or (" " not in part and is_imprint_word(part))):
        return None
    return title[:comma].rstrip(), title_end - len(title) + comma


def _imprint_next(s: str, at: int) -> bool:
    """An imprint right after a writer's plain title in prose: in brackets, or open as
    Greek and German notes write it ("… βλ. Ν. Καραμπέτσος, Ο ιστορικός χαρακτήρας, Αθήνα:
    Νήσος 1978"; the names vouch for the title, so no title alone is read this way)."""
    return bool(
        imprint_after(s, at)
        or open_imprint_at(s, at)
        or open_imprint_after_parts(s, at)
        or place_comma_year(s, at)
    )


def _list_before_imprint(s: str, names: re.Match[str]) -> bool:
    """A "name list" opened by a person with given names and followed right away by an
    imprint, no title between: the later "persons" are a plain title's words ("Margaret
    Ellery, Salt Roads and Canal Towns, Manchester: Northern Press, 1998"), as a full form
    gives a title before its imprint (Chicago 14.100, DIN 1505-2); a web copy dropped the
    italics that ended the names."""
    persons = [p.split() for p in PERSON_SPLIT.split(names.group("names")) if p.strip()]
    if len(persons) < 2 or "," not in names.group("names") or len(persons[0]) < 2:
        return False
    if open_imprint_at(s, names.end()) or PLACE_YEAR_IMPRINT.match(s, names.end()):
        return True
    if publisher_imprint_at(s, names.end()):
        return True  # "…, Salt Roads and Canal Towns, Northern Press, Manchester 1998"
    # other details after the "list" only where it reads as a title's "X and Y": one person,
    # a comma, then words with no comma (a list of three has its commas: "Sebastian Vale,
    # Ada Pinchley, and Tom Hale, (Durham: …)"), and no "by" before it (an editors' list
    # after its title: "*Salt Roads*, edited by Tom Hale, Ada Pinchley and Bo Dee, (…)")
    tail = names.group("names").split(",", 1)[1]
    if "," in tail or _BY_BEFORE.search(s, 0, names.start()):
        return False
    if details_after_list(s, names.end()):
        return True
    # "Tom Rudd, Salt Roads and River Towns, trans. Ann Lee (London: …)": the translator's or
    # editor's clause after the title taken for the list's role; a list's own role is
    # plural or stands before a comma ("Tom Rudd, Ann Lee and Joe Marks, eds., *…*")
    role = names.group("role") or ""
    return role.strip(" ,") in _TITLE_ROLES and details_after_list(s, names.end("names"))


# "by" right before the names: an editors' or translators' list after its title.
# matches "edited by " , "translated by ", "by "; not "Byron", "nearby "
_BY_BEFORE = lazy_compile(r"\bby\s*+$")


# The singular roles that follow a title as often as a list: editor, translator.
_TITLE_ROLES = frozenset(("ed.", "trans.", "tr."))


def _year_led_next(s: str, names: re.Match[str]) -> bool:
    """A web copy's plain title opening with a year after the names' comma or an editor's
    stop ("Bo Trane, 1848 and the Salt Roads (York: …)", "Cy Maro, ed. 1968 Revisited (…)"),
    vouched for by its imprint (`year_led_title`), not an author-year citation."""
    end = names.end()
    after_names = s[end : end + 1] == "," or bool(names.group("role") and s[end - 1] == ".")
    return after_names and year_led_title(s, skip_comma(s, end), end)


def _imprint_writer(authors: tuple[Author, ...]) -> bool:
    """A writer whose surname imprints name as a place or publisher ("βλ. Αθήνα, Η πόλη,
    σ. 45"): never read as a writer on a plain title's word alone."""
    return any(is_imprint_word(a.surname) for a in authors)


def _sentence(title: str) -> bool:
    """A plain "title" whose second word is a lower-case word no title joins with ("Rose
    posed the problem"), where "Republic 514a--b" is a title and its locator."""
    second = title.split()[1:2]
    return bool(second) and second[0][:1].isalpha() and not title_case(title)


def _title_as_given(s: str, inverted: re.Match[str]) -> bool:
    """The "given names" of an inverted reading are a plain title: three or more whole words
    (no initial; two are as likely a place, "Durham, North Carolina"), no second person,
    and a date or year and a page after them ("Roe, Tidal Occupy Theory, February 2012,
    15"), where a bibliography's "Ellery, Margaret Anne." goes on to its title."""
    surname, after = inverted.group("names"), inverted.group("given")
    if opens_greek_title(after) or german_title_as_given(surname, after):
        return True  # "Μαρξ, Το Κεφάλαιο, …", "Pike, Die Salzstraße, …": an article opens a title
    given = inverted.group("given").split()
    if (
        not (inverted.group("more") or inverted.group("original") or inverted.group("role"))
        and all(len(word) > 2 and not word.endswith(".") for word in given)
        and _VOLUME_NEXT.match(s, inverted.end()) is not None
    ):
        return True  # "Vell, Harbour Strikes, II, 45": a short title, its volume and page
    if len(given) < 3 or inverted.group("more") or inverted.group("original"):
        return False
    if any(len(word.rstrip(".")) < 2 or word.endswith(".") for word in given):
        return False
    return _DETAILS_NEXT.match(s, inverted.end()) is not None


def _one_word_list(names: str) -> str:
    """The words after the first when a "name list" is one surname, then one-word names
    joined like a title's ("Childs, Leadership, Conflict, and Cooperation"), or ""."""
    persons = [p for p in PERSON_SPLIT.split(names) if p.strip()]
    first = persons[0] if persons else ""
    if len(persons) < 2 or not names.startswith(first + ","):
        return ""
    if any(len(p.split()) != 1 for p in persons):
        return ""
    return names[len(first) + 1 :].strip()


def _paged_short_form(s: str, title_style: str, title_end: int) -> bool:
    """A marked title and only its locator, with a page, to the segment's end: a short form
    even after a cue inside prose ("For the figures, see *Capital*, 41.")."""
    return title_style in ("italic", "quoted") and PAGED_LOCATOR.fullmatch(s, title_end) is not None


# An English article opening the note's words right before the names' first word.
# matches "The " in "The Marx-Engels Reader"; not "the " (prose's), "A. " (an initial)
_TITLE_ARTICLE_BEFORE = lazy_compile(r"(?<![\w.])(?:The|An|A)\s\Z")


def _one_word_each(
    title_style: str, title: str, inverted: re.Match[str] | None, names: re.Match[str] | None
) -> bool:
    """One bare word as the names and one as a plain title: as likely a publisher and a
    place ("Κριτική, Αθήνα, 1987", "Suhrkamp, Frankfurt, 1970") as a surname and a title."""
    if title_style != "plain" or inverted is not None or names is None or " " in title.strip():
        return False
    return " " not in names.group("names").strip()


# A short form's locator after a plain title that `PAGES` leaves (it keeps "Lenin, 45 ff."
# unread), to the segment's end: a page and the following ("45 f.", "45 ff.": DIN 1505-2,
# German practice) or a volume and its page ("2:45", Chicago 14.23).
# matches ", 45 ff.", ", 45 f.", ", 2:45."; not ", 1998.", ", 45 ff. Then he", ", 12:30 pm"
_PLAIN_LOCATOR = lazy_compile(
    r""",\s*+(?P<pages>\d{1,4}\x20?ff?\.|\d{1,2}:\d{1,4}(?:\s*+(?:-+|–)\s*+\d{1,4})?)\s*+[.;]?\s*+"""
)


# A page mark and its pages right after a plain title, then a comma and a word that opens a
# comment on those pages (Chicago 14.37: a note may go on after its citation): the pages
# bound the title. A bare number is not enough ("around 6,500 BCE, while …"), nor a word
# that may go on a sentence ("…, p. 6, while Sumer …").
# matches ", pp. 45–47, where", ", S. 45, wo", ", σσ. 45-47, όπου", ", p. 9, esp."; not
# ",500 BCE, while", ", 45, where", ", pp. 45–47.", ", p. 6, while"
_PAGED_COMMENT = lazy_compile(
    r""",\s*+(?P<pages>(?:pp?|S|σσ?|σελ)\.\s*+\d{1,4}(?:\s*+(?:-+|–)\s*+\d{1,4})?),\s++
        (?:where|which|whose|here|esp\.|especially|wo|hier|bes\.|besonders|insbesondere
          |όπου|εδώ|ιδίως|ειδικά|ιδ\.)(?!\w)""",
    re.VERBOSE,
)


# A page right after a plain short title, then a comma and a verb of saying or holding whose
# subject is the short form's writer, in the present as commentary on a source is written:
# "Vell, Harbour Strikes, 140, doubts that …" (Chicago 14.37: the note goes on after its
# citation). A verb, not any word: "…,500 BCE, while Sumer …" is prose; nor a past tense:
# "Vell, Party Secretary, 45, claimed …" is a person, an office and an age.
# matches ", 140, doubts", ", pp. 45–47, argues", ", 12, also notes", ", 88, misdates", ",
# 77, quoted with approval by" (the source's words quoted by another); not ", 140, while",
# ", 140, the", ", 1990, argues" (a year), ", 45, claimed"
_PAGE_THEN_VERB = lazy_compile(
    r""",\s*+(?P<pages>(?:pp?\.\s*+)?(?!1[5-9]\d\d\b|20\d\d\b)\d{1,4}(?:\s*+(?:-+|–)\s*+\d{1,4})?),\s++
        (?:(?:also\s++|rightly\s++|wrongly\s++)?
        (?:argue|claim|note|suggest|doubt|write|say|report|date|misdate|give|call|describe
          |insist|conclude|observe|show|maintain|contend|remark|state|believe|think|count
          |estimate|mention|quote|cite|dispute|denie|admit|agree|disagree|accept|reject
          |repeat|assume|attribute|read|treat|place|put|overstate|exaggerate|follow)s\b
      |(?:quoted|cited|echoed|followed|endorsed|disputed|critici[sz]ed)
        \s++(?:with\s++approval\s++|approvingly\s++|at\s++length\s++)?by\b)""",
    re.VERBOSE,
)


# A comma and a year right after a plain title: the year of an imprint.
# matches ", 1987"; not ", 1987-88" (a range), ", S. 12", ", 19875"
_COMMA_YEAR = lazy_compile(r",\s*(?:1[5-9]\d\d|20\d\d)(?![\d-])")


# A possessive inside what was read as one person: the person ends there.
# matches "'s" in "Petra Novak's Harbours"; not "Novak's" at the end, "O'Sullivan"
_INNER_POSSESSIVE = lazy_compile(r"['’]s(?=\s)")

# A bare year after a title, then a lower-case word: the title is a sentence's subject.
# matches ", 2001, d" in "*Labour Review*, 2001, devoted"; not ", 1843." ("*Jahrbücher*,
# 1843."), ", 2001, 45"
_YEAR_THEN_PROSE = lazy_compile(r",\s*(?:1[5-9]\d\d|20\d\d),?\s+(?=[a-z])")

# A title's start after a comma: a capital or a title's mark.
# matches " The", " *", " “", " Αστική"; not " 1911", " and"
_TITLE_NEXT = lazy_compile(rf"\s+[{UPPER}*_“\"‘]")

# A generational suffix ending the names, its full stop not yet taken.
# matches "Jr" in "Samuel Pike Jr"; not "Junior", "Jr" inside "Samuel Jr Pike"
_SUFFIX_END = lazy_compile(r"\b(?:Jr|Sr)$")

# A generational suffix set off by commas after the names (Chicago 6.43 allows the commas
# around "Jr." and "Sr."; a numeral takes none, but writers set one), a comma after it.
# matches ", Jr." in "Martin Obst, Jr., *Salt Roads*", ", III" in "Martin Obst, III, *…*";
# not ", Jr" with no full stop, ", Jrnl", ", II" before a page (", II 45": a volume), ", IV."
_COMMA_SUFFIX = lazy_compile(r",\s*+(?:Jr\.|Sr\.|II|III|IV)(?=,)")

# The suffix after an inverted name's given names, as a bibliography sets it ("King,
# Martin Luther, Jr.", Chicago 14.76 and 6.43), its full stop left to end the names.
# matches ", Jr" in "Obst, Martin, Jr. *Salt Roads*"; not ", Jrnl", ", Jr" with no stop
_INVERTED_SUFFIX = lazy_compile(r",\s*+(?:Jr|Sr)(?=\.)")

# "and" opening a segment cut before a marked title: the same writer's next work, in
# short ("Ellery, *Salt Roads*, 77, and *Canal Towns*, 12").
# matches "and *", "and “"; not "and the", "Anderson *"
_AND_MARKED = lazy_compile(r"and\s+(?=[*_“\"‘])")


def _same_writer_next(s: str, k: int) -> bool:
    """The title at `k` follows the "and" that opens the segment."""
    opening = _AND_MARKED.match(s)
    return opening is not None and opening.end() == k


# Words of prose after a plain short title and its pages: a sentence, not a citation.
# Whole words are counted ("\b"): without it "Canal Towns" counted as four words.
# matches ",500 BCE, while Sumer sustained nearly"; not ", 41.", ", 23-25, emphasis added.",
# ", 77, and Canal Towns, 12" (three words)
_PROSE_AFTER = lazy_compile(r"(?:[\W\d]*\b[^\W\d_]{2,}\b){5}")


def _prose_after(s: str, title_end: int) -> bool:
    """Prose after the title, and no year or address anywhere in the segment ("… dissent.
    2001. Chicago: University of Chicago Press" is a work, its year run into the title).
    A container ("…, in Tucker, ed., Marx-Engels Reader, 638") and a quotation after a
    colon ("…, ii.505: “Auch theoretisch …”") are no prose."""
    if _CONTAINER_AFTER.match(s, title_end) or _IMPRINT_SENTENCE.fullmatch(s, title_end):
        return False
    if _PAGED_COMMENT.match(s, title_end) or _PAGE_THEN_VERB.match(s, title_end):
        return False  # "…, pp. 45–47, where she argues …": the writer's comment on the pages
    quote = _QUOTATION.search(s, title_end)
    stop = quote.start() if quote else len(s)
    return bool(_PROSE_AFTER.match(s, title_end, stop)) and not (YEAR.search(s) or "http" in s)


# An imprint's own sentence closing the segment after a plain title: a place, a colon, a
# publisher of up to six words (the year stands before the title in an author-date entry).
# matches ". Chicago: University of Chicago Press.", ". Cambridge, MA: MIT Press.", ". New
# York: Monthly Review Press"; not ". The strike failed in Chicago.", ". Chicago was where
# it ended: the strike failed." (prose before the colon)
_IMPRINT_SENTENCE = lazy_compile(
    r"""\.\s++[A-Z][\w.-]*+(?:,?\s++[A-Z][\w.-]*+){0,2}:\s++[A-Z][\w&.'’-]*+
        (?:\s++[\w&.'’-]++){0,5}\s*+[.,]?\s*+""",
    re.VERBOSE,
)

# A container right after a plain short title, German "in:" (DIN 1505-2) too.
# matches ", in Tucker", " in Collected Works", ", in: Jürgen Falk (Hg.)"; not ", in which",
# ", inside", ", in: den Jahren"
_CONTAINER_AFTER = lazy_compile(r",?\s+in:?\s+[A-ZÄÖÜ]")

# A title's year alone in brackets, between the title and a block quotation.
# matches " (1990)", "(1990) "; not " (Leeds: Dale, 1990)", " (1990), 41"
_YEAR_ONLY = lazy_compile(r"\s*+\(\s*+(?:1[5-9]\d\d|20\d\d)\s*+\)\s*+")


# A quotation given after the citation: a colon, then a quote mark.
# matches ': "Auch', ': “The'; not ': The Formative Period'
_QUOTATION = lazy_compile(r":\s*[“\"]")
