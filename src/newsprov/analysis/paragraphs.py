"""Sentence boundaries set before the parser: a line break always ends a sentence (news text is
one paragraph a line), and an abbreviated title never does ("said Capt. John Hale")."""

from __future__ import annotations

from typing import cast

import numpy as np
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc
from thinc.types import Ints2d

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
_TITLE_IDS = np.array(sorted(get_string_id(t) for t in TITLES), dtype=np.uint64)


def mark_paragraph_starts(doc: Doc) -> None:
    """Set ``is_sent_start`` on the first token after any whitespace token holding a newline.

    Also clears it on a capitalised word after an abbreviated title. Runs before the parser,
    which respects boundaries already set either way.
    """
    # found from int arrays, making a Token only of space tokens and of words after a title
    # (a walk over every Token, which set each boundary on its Token, took six times as long on
    # PolNeAR dev); the document's text is not joined here: a chunk's doc is merged later
    if len(doc) == 0:
        return
    arr = doc.to_array([IS_SPACE, ORTH])
    is_space = arr[:, 0].astype(bool)
    # space tokens holding a newline (spaCy's English tokenizer keeps newlines in space
    # tokens; a token's trailing whitespace is at most one space, so it holds none)
    breaks = [i for i in np.flatnonzero(is_space).tolist() if i > 0 and "\n" in doc[i].text]
    marked: set[int] = set()
    n = len(doc)
    for b in breaks:
        i = b + 1
        while i < n and is_space[i]:
            i += 1
        if i < n:
            marked.add(i)
    titled = np.flatnonzero(np.isin(arr[:-1, 1], _TITLE_IDS)) + 1
    kept = [i for i in titled.tolist() if i not in marked and doc[i].text[:1].isupper()]
    if marked or kept:
        # written as one column: setting ``Token.is_sent_start`` checks the whole document
        # for a parse each time
        col = doc.to_array([SENT_START]).astype(np.int64).reshape(-1, 1)
        col[list(marked)] = 1
        col[kept] = -1
        doc.from_array([SENT_START], cast(Ints2d, col.astype(np.uint64)))
