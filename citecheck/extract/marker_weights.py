"""Every cost of the marker reader, in one place.

A candidate's score is the sum of the weights of the features that fire on it (log-odds:
positive means "looks like a marker", negative "looks like a number"). The decoder adds the
sequence weights. Change one value and rerun `make accuracy` to see what it does; the
design is in docs/markers.md.
"""

from __future__ import annotations

# What the text around a digit run says (marker_candidates.py names the features).
FEATURE_WEIGHTS: dict[str, float] = {
    # before the digits
    "after_sentence_end": 2.0,  # "collapsed.1 Yet", "so?2"
    "after_closing_quote": 2.0,  # "home”1 for", "in”30, e"
    "after_closing_bracket": 1.0,  # "(in 1920).1" reads as after_sentence_end; "1920)1"
    "after_clause_punctuation": 0.5,  # "One,1 two;3 four:4"
    "after_letter": -0.5,  # "cracks23"
    "after_dash": -1.0,  # "left—4" (rare; dashes mostly join numbers)
    "after_other": -2.0,  # "*3", "&4"
    "after_opening_mark": -8.0,  # "(1)", "$5", "#3", "§4", "“1"
    "spaced": -3.0,  # "destroyed. 58": a space before is unusual
    "spaced_after_locator": -6.0,  # "p. 58", "No. 5"
    "spaced_after_number": -3.5,  # "do).2 3 Today"
    "after_glued_year": -1.5,  # "September 19391": 1939 and marker 1
    "decimal": -4.0,  # "8.3", "1,5": digits glued to a number by a point or comma
    "after_year": 3.5,  # undoes `decimal` after a year: "in 1991.1 Yet"
    "after_grouped_count": 3.0,  # undoes `decimal` after "2,561,351.15 Around"
    "thousands_group": -10.0,  # "179,000", "1,588,852"
    "time_or_verse": -10.0,  # "10:30", "John 3:4"
    "number_range": -10.0,  # "1914-18", "pp118-119", "1/2"
    "page_locator": -8.0,  # "p157", "p.4", "No.5", "vol.2"
    "identifier": -3.5,  # "G7", "Cop26", "MI5", "CO2"
    "in_url": -10.0,  # "example.org/page2"
    # after the digits
    "then_capital": 1.0,  # "….1 Yet", "…”3 “Tankie”"
    "then_end_of_paragraph": 1.5,  # the marker ends the paragraph
    "then_lowercase_word": -0.5,  # "so1 and left" (markers there are rarer)
    "then_quantity": -6.0,  # "30 million", "14 members", "8.3 per cent"
    "then_ordinal_or_decade": -10.0,  # "12th", "1930s", "5am"
    "then_glued_lowercase": -3.0,  # "3a", "x2y"
    "then_glued_capital": -0.5,  # "SWP.17But"
    "then_number": -10.0,  # "1.3", "3:4", "12–15", "1/2"
    "then_percent_or_degree": -10.0,  # "5%", "30°"
    "decimal_then_lowercase": -3.0,  # "8.3 of them": a decimal inside a sentence
    # the number itself
    "leading_zero": -10.0,  # "07"
    "beyond_notes": -6.0,  # larger than any note number (plus a little slack)
    "stacked": -2.5,  # "opponents.78" read as 7 and 8
    "year_like": -6.0,  # a stacked reading of "1920" (19, 20) is a year first
}

# The sequence: what the decoder adds for where a candidate's number stands relative to
# the highest number accepted so far (m).
NEXT_IN_SEQUENCE = 3.0  # n == m + 1
GAP_PER_MISSING = 1.25  # n == m + 2 … m + 1 + MAX_GAP: each skipped number costs this
MAX_GAP = 6
FAR_JUMP = -4.0  # n further ahead than MAX_GAP (a new start, many markers lost)
RESTART = -1.0  # back to 1 for the next chapter, where one notes list restarts per chapter
# A candidate left off the decoded sequence is still a marker when it is strong enough:
MISPLACED = -1.0  # its number is nowhere else in the sequence (a marker out of place)
NEAR_MISPLACED = 2.5  # … and within 2 of the markers around it (two swapped markers)
REPEATED = -2.5  # its number is used already, earlier (a note cited again)
REPEATED_AT_ONCE = -3.5  # the number just read, again: a copied link ("[32](url)") more often

# Slack over the highest note number before `beyond_notes` applies (a last note deleted).
NOTES_SLACK = 3
