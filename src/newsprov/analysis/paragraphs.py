"""Sentence boundaries set before the parser: a line break always ends a sentence (news text is
one paragraph a line), and an abbreviated title never does ("said Capt. John Hale")."""

from __future__ import annotations

from spacy.tokens import Doc

#: Abbreviated titles before a name that spaCy's English tokenizer splits from their full stop
#: ("Lt" + "."), after which the parser often ended the sentence: "..., said Det. Mark Cole."
#: became two sentences and the source "Det". The tokenizer is taught to keep them whole
#: (``pipeline.add_title_abbreviations``). Left out: abbreviations that also end sentences as
#: other words ("Sec.", "Dep.", "Pres.", "Fr.", "Comm.").
TITLE_ABBREVIATIONS = (
    "Amb.", "Asst.", "Atty.", "Brig.", "Capt.", "Cdr.", "Cmdr.", "Col.", "Cpl.", "Det.",
    "Govs.", "Hon.", "Insp.", "Lt.", "Maj.", "Msgr.", "Ofc.", "Pfc.", "Pvt.", "Reps.", "Sens.",
    "Sgt.", "Spc.", "Supt.",
)  # fmt: skip

#: Titles after which the parser may not start a sentence when a capitalised word follows on the
#: same line: the above and those spaCy already keeps whole. Not "St." ("on Main St. The ...").
TITLES = frozenset(TITLE_ABBREVIATIONS) | {
    "Adm.", "Dr.", "Gen.", "Gov.", "Mr.", "Mrs.", "Ms.", "Prof.", "Rep.", "Rev.", "Sen.",
}  # fmt: skip


def mark_paragraph_starts(doc: Doc) -> None:
    """Set ``is_sent_start`` on the first token after any whitespace token holding a newline.

    Also clears it on a capitalised word after an abbreviated title. Runs before the parser,
    which respects boundaries already set either way.
    """
    after_break = False
    for i, tok in enumerate(doc):
        if i == 0:
            after_break = "\n" in tok.whitespace_
            continue
        if after_break and not tok.is_space:
            tok.is_sent_start = True
            after_break = False
        elif doc[i - 1].text in TITLES and tok.text[:1].isupper():
            tok.is_sent_start = False
        if "\n" in tok.text and tok.is_space or "\n" in tok.whitespace_:
            after_break = True
