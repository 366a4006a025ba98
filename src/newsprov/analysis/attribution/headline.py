"""Title-Case headlines: a second parse of the first line in sentence case.

spaCy tags the verbs of a Title-Case headline as proper nouns ("Carly Fiorina Endorses Ted
Cruz", "Obama Praises Clinton"), so no verb cue is found there. For such a first line, a
case-normalised copy of that line alone is parsed (same length, so its character offsets are
the document's: the input text is never rewritten), and the cues of that line are found on
that parse (:func:`~newsprov.analysis.attribution.extract.extract_candidates`). A capitalised
word keeps its capital when the rest of the article writes it capitalised inside a sentence
more often than in lower case (a name: "Trump", "Supreme Court"); the line's first word and a
word after a colon keep theirs.

The copy is parsed once per article by :func:`attach` (the model's own components only), and
kept on ``doc._.np_headline``; :func:`attach_all` parses the copies of a batch of articles
together, as ``nlp.pipe`` parses the articles (the same parse, one model call per component
for the batch instead of one per headline).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from newsprov.analysis.doctext import doc_text, remember_text

if not Doc.has_extension("np_headline"):
    Doc.set_extension("np_headline", default=None)

#: A word in Title Case: a capital and at least one lower-case letter after it.
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+(?:['’][a-z]+)?\b")
#: A word of the body written inside a sentence (after a lower-case word or a comma).
_MID_WORD = re.compile(r"(?<=[a-z,;] )[A-Za-z]+\b")
#: Short function words, which a sentence-case headline writes in lower case too.
_MIN_LETTERS = 4


#: ``user_data`` key marking the sentence-case copy of a Title-Case headline: the rules that
#: read capitals (a kicker before a colon) know the line was written in Title Case.
COPY = "newsprov.headline_copy"


def title_case(line: str) -> bool:
    """``line`` is written in Title Case: of its words of four letters or more, at least
    three are capitalised, and at most one is not."""
    words = [w for w in re.findall(r"[A-Za-z]+", line) if len(w) >= _MIN_LETTERS]
    upper = sum(1 for w in words if w[0].isupper())
    return upper >= 3 and len(words) - upper <= 1


def sentence_case(line: str, body: str) -> str:
    """``line`` with its Title-Case words in lower case, except the first word, a word after
    a colon, and words the ``body`` writes capitalised inside a sentence at least as often as
    in lower case. Same length as ``line``."""
    seen: Counter[str] = Counter(_MID_WORD.findall(body))
    out = list(line)
    for m in _TITLE_WORD.finditer(line):
        word = m.group()
        before = line[: m.start()].rstrip()
        if not before or before.endswith(":"):
            continue
        if seen[word] and seen[word] >= seen[word.lower()]:
            continue
        out[m.start()] = word[0].lower()
    return "".join(out)


def first_line(text: str) -> str | None:
    """The first line of ``text`` when it is a Title-Case headline with a body after it."""
    end = text.find("\n")
    if end <= 0 or not title_case(text[:end]):
        return None
    return text[:end]


def parsed(doc: Doc) -> Doc | None:
    """The parse :func:`attach` kept for ``doc``'s headline, if any."""
    head: Doc | None = doc._.np_headline
    return head


def _copy(doc: Doc) -> str | None:
    """The sentence-case copy of ``doc``'s Title-Case first line, None when there is none (or
    when the copy is the line itself)."""
    text = doc_text(doc)
    line = first_line(text)
    if line is None:
        return None
    copy = sentence_case(line, text[len(line) :])
    return None if copy == line else copy


def _head_doc(nlp: Language, copy: str) -> Doc:
    head = remember_text(nlp.make_doc(copy), copy)
    head.user_data[COPY] = True
    return head


def attach(nlp: Language, doc: Doc) -> None:
    """Set ``doc._.np_headline`` to the parse of the sentence-case copy of ``doc``'s
    Title-Case first line (None when the first line is not one), run through the model's
    own components (``nlp``'s, not newsprov's): :func:`attach_all` for one doc."""
    attach_all(nlp, [doc])


def attach_all(nlp: Language, docs: list[Doc]) -> None:
    """:func:`attach` for each of ``docs``, the copies parsed together: each model component
    takes the batch's headlines at once (through its ``pipe``, as ``nlp.pipe`` runs it)."""
    copies = [_copy(doc) for doc in docs]
    heads = [_head_doc(nlp, c) for c in copies if c is not None]
    if heads:
        for name, proc in nlp.pipeline:
            if name.startswith("newsprov."):
                continue
            if hasattr(proc, "pipe"):
                heads = list(proc.pipe(heads, batch_size=len(heads)))
            else:
                heads = [proc(h) for h in heads]
    parsed = iter(heads)
    for doc, c in zip(docs, copies, strict=True):
        doc._.np_headline = None if c is None else next(parsed)
