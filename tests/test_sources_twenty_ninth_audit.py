"""Sources: the leftovers of the twenty-eighth audit of unseen articles, taken up with the
twenty-ninth (6 ECB+ texts of all topics and 6 PolNeAR train texts no earlier audit read, seed
571): a role a time phrase ends in an apposition ("Tom Hale, then the mayor,", "the mayor in
2010": `mentions.role_ended_appos`) or after "be" ("who was then the treasurer", "who was the
treasurer in 2010": `mentions._role_ended`) and a title held then ("Then-Governor Tom Hale":
`detection._former`), no current title and no later "the mayor" of the person; a body's first
word as its short name, left untagged after its name tagged ORG ("Pew notes" after "a new Pew
Research report": `span_mentions._body_first_words`), typed a person; and a coordination that
is a cleft's focus ("It was Tom Hale and Ann Lee who announced"), whose relative clause the
parse hangs on the last conjunct (`span_mentions.cleft_focus`). Then the audit's own largest
class: the interviewer's "you" in a Q&A's questions, the one interviewed
(`sources._interviewer_you`).

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep the rules from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
ROWS = [
    # a role "then" held, set off after the name: no current title, no later "the mayor"
    (
        "Tom Hale, then the mayor, said the park would close.",
        [("Tom Hale, then the mayor", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    (
        "Tom Hale, then the mayor, said the park would close. The mayor said it would reopen.",
        [("The mayor", "said@2")],
        None,
        ("The mayor", "person", None),
    ),
    (
        "Tom Hale, then the mayor, said the park would close. The mayor says it will reopen.",
        [("The mayor", "says")],
        None,
        ("The mayor", "person", None),
    ),
    # a role held in a year gone by, set off or given by "be"
    (
        "Tom Hale, the mayor in 2010, said the park would close.",
        [("Tom Hale, the mayor in 2010", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    (
        "Tom Hale, the party's treasurer in the 1990s, said the books were clean.",
        [("Tom Hale, the party's treasurer in the 1990s", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    (
        "Tom Hale, who was the city's treasurer in 2010, said the books were clean.",
        [("Tom Hale, who was the city's treasurer in 2010", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    (
        "Tom Hale, who was then the city's treasurer, said the books were clean.",
        [("Tom Hale, who was then the city's treasurer", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    # a title held then, as one held before: the title kept, no later "the governor"
    (
        "Then-Governor Tom Hale spoke. The governor said the park would close.",
        [("The governor", "said")],
        None,
        ("The governor", "person", None),
    ),
    (
        "Then-Gov. Tom Hale said the park would close.",
        [("Then-Gov. Tom Hale", "said")],
        None,
        ("Tom Hale", "person", "Gov."),
    ),
    # negative: a role held since, in a place, in a month, or with no time phrase stays the
    # title; "then" of a sequence puts nothing in the past
    (
        "Tom Hale, the mayor since 2010, said the park would close.",
        [("Tom Hale, the mayor since 2010", "said")],
        None,
        ("Tom Hale", "person", "mayor since 2010"),
    ),
    (
        "Tom Hale, the city's treasurer, said the books were clean.",
        [("Tom Hale, the city's treasurer", "said")],
        None,
        ("Tom Hale", "person", "city's treasurer"),
    ),
    (
        "Tom Hale, who was the city's treasurer in Ohio, said the books were clean.",
        [("Tom Hale, who was the city's treasurer in Ohio", "said")],
        None,
        ("Tom Hale", "person", "city's treasurer in Ohio"),
    ),
    (
        "Tom Hale, the city's treasurer in March, said the books were clean.",
        [("Tom Hale, the city's treasurer in March", "said")],
        None,
        ("Tom Hale", "person", "city's treasurer"),
    ),
    (
        "Governor Tom Hale spoke on Monday. Then the governor said the park would close.",
        [("the governor", "said")],
        None,
        ("Tom Hale", "person", "Governor"),
    ),
    (
        "Tom Hale spoke first, and then the treasurer said the books were clean.",
        [("the treasurer", "said")],
        None,
        ("the treasurer", "person", None),
    ),
    # a body named by its first word after its name tagged ORG, the short form untagged
    (
        "A new Pew Research report compares web samples against census data. Pew looked at"
        " nine samples. So, which was the best? - Pew notes that the samples differ.",
        [("Pew@3", "notes")],
        None,
        ("Pew", "organization", None),
    ),
    (
        "A new Pew Research report compares web samples against census data. So, which was"
        " the best? - Pew notes that the samples differ.",
        [("Pew@2", "notes")],
        None,
        ("Pew", "organization", None),
    ),
    (
        "The Kaiser Family Foundation released a study. Kaiser notes that costs rose.",
        [("Kaiser", "notes")],
        None,
        ("Kaiser Family Foundation", "organization", None),
    ),
    # negative: no body named before; a person of that surname named
    (
        "Pew notes that the panels differ.",
        [("Pew", "notes")],
        None,
        ("Pew", "unknown", None),
    ),
    (
        "John Kaiser met the Kaiser Family Foundation board. Kaiser notes that costs rose.",
        [("Kaiser", "notes")],
        None,
        ("John Kaiser", "person", None),
    ),
    # a cleft's focus is the speaker, a coordination whole
    (
        "It was Tom Hale and Ann Lee who announced that the road would reopen.",
        [("who", "announced")],
        None,
        ("Tom Hale and Ann Lee", "group", None),
    ),
    (
        "It was Tom Hale and Ann Lee that announced the plan.",
        [("that", "announced")],
        None,
        ("Tom Hale and Ann Lee", "group", None),
    ),
    (
        "It was the mayor and the treasurer who announced the plan.",
        [("who", "announced")],
        None,
        ("the mayor and the treasurer", "group", None),
    ),
    (
        "Ann Lee spoke on Monday. It was Tom Hale who said the budget was fine.",
        [("who", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    (
        "It is the mayor who says the budget is fine.",
        [("who", "says")],
        None,
        ("the mayor", "person", None),
    ),
    # negative: outside a cleft the clause on the last conjunct is that conjunct's
    (
        "The council thanked Tom Hale and the treasurer who announced the plan.",
        [("who", "announced")],
        None,
        ("the treasurer", "person", None),
    ),
]


test_twenty_ninth_audit = source_rows_test(ROWS)

# The interviewer's "you" in a question of a Q&A with one person: the one interviewed (the
# audit's Q&A had 9 such lines unresolved). Not an answer's "you", a generic one, one in a
# quotation the question quotes, one where two may answer, or one with no interview read.
_INTRO = "Painter Ada Quill opens a show of river paintings this week. Quill spoke about it.\n\n"
_MAYOR = "Mayor Tom Hale leaves office this week. Hale spoke about his years at city hall.\n\n"
_TWO = "Painters Ada Quill and Tom Hale open a show this week. Quill and Hale spoke about it.\n\n"
INTERVIEW_YOU = [
    (
        _INTRO + "Q: You said last year that rivers frighten painters.\n\n"
        "A: They did.\n\nQ: Why paint them, then?\n\nA: To stop being afraid.",
        [("You", "said")],
        None,
        ("Ada Quill", "person", None),
    ),
    (
        _INTRO + "Q: Why rivers?\n\nA: I grew up on one.\n\n"
        "Q: Do you think the show will travel abroad?\n\nA: I hope so.",
        [("you", "think")],
        None,
        ("Ada Quill", "person", None),
    ),
    (
        _MAYOR + "Q: You have argued that the park should stay open.\n\n"
        "A: It should.\n\nQ: And the budget?\n\nA: It is fine.",
        [("You", "have argued")],
        None,
        ("Tom Hale", "person", "Mayor"),
    ),
    # negative: the interviewee's own "you" in an answer, to the interviewer
    (
        _INTRO + "Q: Why rivers?\n\nA: You said once that rivers were dull.\n\n"
        "Q: Did I?\n\nA: Yes.",
        [("You", "said")],
        None,
        ("You", "unknown", None),
    ),
    # negative: a generic "you never know" in a question
    (
        _INTRO + "Q: As they say, you never know what a river will do. Is that it?\n\n"
        "A: Yes.\n\nQ: And the show?\n\nA: It opens soon.",
        [("you", "never know")],
        None,
        ("you", "unknown", None),
    ),
    # negative: a "you" in a quotation the question quotes, addressed to someone else
    (
        _INTRO + 'Q: A critic told the gallery, "You said the show was ready." Was it?\n\n'
        "A: Almost.\n\nQ: And now?\n\nA: It is.",
        [("A critic", "told"), ("You", "said")],
        None,
        ("You", "unknown", None),
    ),
    # negative: two people introduced alike, either may answer
    (
        _TWO + "Q: You said last year that rivers frighten painters.\n\n"
        "A: They did.\n\nQ: Why paint them, then?\n\nA: To stop being afraid.",
        [("You", "said")],
        None,
        ("You", "unknown", None),
    ),
    # negative: a single question and answer read as no interview
    (
        _INTRO + "Q: You said last year that rivers frighten painters.\n\nA: They did.",
        [("You", "said")],
        None,
        ("You", "unknown", None),
    ),
]


test_interviewer_you = source_rows_test(INTERVIEW_YOU)
