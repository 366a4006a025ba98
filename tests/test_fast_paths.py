"""The speed filters of the voice and source stages give exactly what the plain code does:
first-letter alternations (:mod:`newsprov.analysis.alternation`) against the plain join, the
voice stage's trigger-word filter against running every rule on every token, and the headline
test of person names (``kinds._trusted``) against its plain form; the text kept for a doc,
a sentence's text sliced from it, the kept quoted passages and the attribution scan's
lexicon filter against spaCy's joins and a whole-doc mask; the source passes' token filter and
word sets against a walk over the tokens; the voice stage's kept answers against fresh ones;
a quote's tokens found by bisection, a clause's words read from the token tree's flags and the
tree's shared empty children against the walks and the parse; the sources' noun chunks read over
the POS array against spaCy's, a mention's trim by index and the commas' set against the token
list, and a name's subtree test by ancestry against the subtree; one headline through the
model's pipes against their calls, the kept name keys against fresh ones, and the collector
frozen once; the voice stage's words of a doc read from its array against the token walks,
a nominal's outlet modifier read by index against the span's tokens, the mention's slots,
the sources' arrays kept per doc against fresh ones, and a token's sentence by bisection
(``sentence_index``) and a token's children and its first child of a label read from the
token tree against spaCy's walks."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

from newsprov.analysis import outlets, paragraphs, sources, voice
from newsprov.analysis.alternation import alternation
from newsprov.analysis.attribution import spans
from newsprov.analysis.attribution.lexicon import verb_lexicon
from newsprov.analysis.attribution.scan import Scan
from newsprov.analysis.doctext import doc_text
from newsprov.analysis.outlets import registry
from newsprov.analysis.pipeline import Analyzer
from newsprov.analysis.sentences import sentence_index
from newsprov.analysis.sources import coref, detection, detection_untagged, forms, kinds
from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.voice import cues, quotes, token_cues
from newsprov.analysis.voice import lexicon as voice_lexicon
from newsprov.analysis.voice import plain as voice_plain

_FORMS = st.lists(st.text(alphabet="abAB -'’.(", min_size=1, max_size=6), max_size=12)
_TEXT = st.text(alphabet="abAB -'’.(x\n", max_size=60)


def _spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


@settings(max_examples=300, deadline=None)
@given(forms=_FORMS, text=_TEXT)
def test_alternation_matches_the_plain_join(forms: list[str], text: str) -> None:
    plain = "|".join(map(re.escape, forms))
    assert _spans(alternation(forms), text) == _spans(plain, text)


@settings(max_examples=300, deadline=None)
@given(forms=_FORMS, text=_TEXT)
def test_alternation_of_lower_case_forms_ignoring_case(forms: list[str], text: str) -> None:
    forms = [f.lower() for f in forms]

    def escape(p: str) -> str:  # the phrase lists' escape: any hyphen, space run, apostrophe
        return re.escape(p).replace(r"\-", "[-‐‑–]").replace(r"\ ", r"\s+").replace("'", "['’]")

    plain = "|".join(map(escape, forms))
    fast = alternation(forms, escape, re.IGNORECASE)
    assert _spans(fast, text, re.IGNORECASE) == _spans(plain, text, re.IGNORECASE)


def _phrase_escape(p: str) -> str:  # as voice.lexicon's: any hyphen, space run, apostrophe
    return re.escape(p).replace(r"\-", "[-‐‑–]").replace(r"\ ", r"\s+").replace("'", "['’]")


@pytest.mark.parametrize(
    ("forms", "text", "flags", "spans"),
    [
        # an apostrophe's pattern matches a curly one: the two first letters share one group,
        # so the earlier form still wins (found by hypothesis, 2026-12-05: (0, 2) before)
        (["’a", "'", "’b"], "’B", re.IGNORECASE, [(0, 1)]),
        (["'", "’b"], "’b", 0, [(0, 1)]),
        (["’b", "'"], "’b", 0, [(0, 2)]),
        # a case pair under IGNORECASE: the earlier form wins whatever its case
        (["t", "Th"], "th", re.IGNORECASE, [(0, 1)]),
        (["Th", "t"], "th", re.IGNORECASE, [(0, 2)]),
        # a space's pattern is a run of spaces: a group it opens is written out in full, so
        # a later, longer form still matches after a shorter one ("  bb" after " ")
        ([" ", "  bb"], "  Bbx", re.IGNORECASE, [(0, 2)]),
        (["  bb", " "], "  bb", 0, [(0, 4)]),
        # negative: letters that match no other's stay in their own groups
        (["ab", "b"], "ab b", 0, [(0, 2), (3, 4)]),
    ],
)
def test_alternation_shares_a_group_where_first_letters_overlap(
    forms: list[str], text: str, flags: int, spans: list[tuple[int, int]]
) -> None:
    plain = "|".join(map(_phrase_escape, forms))
    fast = alternation(forms, _phrase_escape, flags)
    assert _spans(fast, text, flags) == _spans(plain, text, flags) == spans


@pytest.mark.parametrize(
    ("forms", "text", "spans"),
    [
        (["it is not yet clear", "it is not clear"], "It is not yet clear.", [(0, 19)]),
        (["it is not clear", "it is not yet clear"], "It is not yet clear.", [(0, 19)]),
        (["it is not", "it is not yet clear"], "It is not yet clear.", [(0, 9)]),
        (["ab", "a", "b"], "ab b a", [(0, 2), (3, 4), (5, 6)]),
        (["a", "ab"], "ab", [(0, 1)]),  # the earlier form wins, as in a plain alternation
        (["(x)", "x"], "(x) x", [(0, 3), (4, 5)]),
        ([], "ab", [(0, 0), (1, 1), (2, 2)]),  # no form: the empty pattern, as joined
        (["so-called"], "the so‐called plan", []),  # re.escape alone: the hyphen is literal
    ],
)
def test_alternation_table(forms: list[str], text: str, spans: list[tuple[int, int]]) -> None:
    assert _spans(alternation(forms), text, re.IGNORECASE) == spans


def test_an_empty_form_is_refused() -> None:
    with pytest.raises(ValueError, match="empty form"):
        alternation(["a", ""])


def _plain(forms: Any, escape: Any = re.escape, flags: int = 0) -> str:
    return "|".join(map(escape, forms))


def test_phrase_patterns_match_their_plain_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped phrase lists, compiled grouped and plain, on text holding every phrase in
    three casings."""
    names = ("hedges.txt", "phrases.txt")
    text = " ".join(p for name in names for p in voice_lexicon._lines(name))
    text = " ".join((text, text.title(), text.upper(), "a" + text))
    grouped = [voice_lexicon._phrase_pattern(voice_lexicon._lines(name)) for name in names]
    monkeypatch.setattr(voice_lexicon, "alternation", _plain)
    plain = [voice_lexicon._phrase_pattern(voice_lexicon._lines(name)) for name in names]
    for g, p in zip(grouped, plain, strict=True):
        assert g.pattern != p.pattern
        found = [m.span() for m in g.finditer(text)]
        assert found == [m.span() for m in p.finditer(text)]
        assert len(found) > 50


def test_outlet_pattern_matches_its_plain_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """The outlet registry, compiled grouped and plain, on text naming every outlet by every
    form, with and without "the"."""
    reg = registry()
    forms = sorted(reg._forms)
    text = ". ".join(f"{f} said, the {f} reported, The {f} Daily" for f in forms)
    monkeypatch.setattr(outlets, "alternation", _plain)
    plain = outlets.Registry(reg.outlets)
    found = reg.scan(text)
    assert found == plain.scan(text)
    assert len(found) > 2 * len(forms)


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


SENTENCES = [
    "The embattled governor slammed the so-called reform, which was very badly drafted.",
    "Ironically, the plan even failed, a failure that was far worse than expected.",
    "He said curtly that the draconian rules were too harsh and more controversial than ever.",
    "Unfortunately for residents, the talks, predictably, stalled; officials pleaded for time.",
    "The company threatened to sue and seized on the remarks, a supposed misstep.",
    "It is not clear whether the highly anticipated report will appear to help.",
    "Is this really what they wanted? Perhaps 15 people came, apparently happy.",
    "Sen. Brave Heart said the Terrible Towel was a mistake, the wonderful staff agreed.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_trigger_filter_changes_no_cue(
    nlp: Language, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = nlp(text)

    def run() -> list[Any]:
        return [c for sent in doc.sents for c in cues.find_cues(sent, lambda s: True)]

    filtered = run()
    monkeypatch.setattr(token_cues, "_trigger_words", lambda: _Everything())
    assert run() == filtered
    assert filtered  # each sentence holds cues


def _trusted_plain(m: Any, text: str) -> bool:
    """``kinds._trusted`` as first written: slices of the text, one regular-expression search."""
    a = text.rfind("\n", 0, m.start) + 1
    b = text.find("\n", m.start)
    if b == -1 or not text[b:].strip():
        return True
    line = text[a:b].strip()
    if not line or line[-1] in '.!?"”:;':
        return True
    words = [w for w in line.split() if w[:1].isalpha()]
    if not words or sum(w[0].isupper() for w in words) * 2 <= len(words) + 1:
        return True
    rest = text[:a] + text[b:]
    return all(
        t.lower() in lx.FIRST_NAMES
        or len(t.rstrip(".")) == 1
        or re.search(rf"\b{re.escape(t)}\b", rest)
        for t in m.name_tokens
    )


class _Name:
    def __init__(self, start: int, tokens: tuple[str, ...]) -> None:
        self.start = start
        self.name_tokens = tokens


@pytest.mark.parametrize(
    ("text", "word", "tokens"),
    [
        ("Obama Poised To Win\nThe president spoke.", "Obama", ("Obama", "Poised")),
        ("Obama Poised To Win\nObama spoke. Poised, he left.", "Obama", ("Obama", "Poised")),
        ("Obama Poised To Win\nPoised\n", "Poised", ("Poised",)),
        ("Obama Poised To Win\n\n  \n", "Obama", ("Obama", "Poised")),
        ("Obama Poised To Win", "Obama", ("Obama",)),
        ("Barack H. Obama Wins\nHe won.", "Barack", ("Barack", "H.", "Obama")),
        ("He met Obama.\nThe end.", "Obama", ("Obama",)),
        ("Smith Joins Jones Inc\nxSmith and Jonesy.", "Smith", ("Smith", "Jones")),
    ],
)
def test_trusted_matches_its_plain_form(text: str, word: str, tokens: tuple[str, ...]) -> None:
    m = _Name(text.index(word), tokens)
    assert kinds._trusted(m, text) == _trusted_plain(m, text)  # type: ignore[arg-type]


def _paragraph_starts_plain(doc: Doc) -> None:
    """``paragraphs.mark_paragraph_starts`` as first written: a walk over every Token."""
    after_break = False
    for i, tok in enumerate(doc):
        if i == 0:
            after_break = "\n" in tok.whitespace_
            continue
        if after_break and not tok.is_space:
            tok.is_sent_start = True
            after_break = False
        elif doc[i - 1].text in paragraphs.TITLES and tok.text[:1].isupper():
            tok.is_sent_start = False
        if "\n" in tok.text and tok.is_space or "\n" in tok.whitespace_:
            after_break = True


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "\n\nHello there.\nNext line said Capt. John Hale.",
        "Headline\n\n  \n Body one. Body two said Sen. Smith\nand Gen. Jones said Dr. who.",
        "A \n B\r\nC\tD \u2028E\n",
        "Mr. Smith\nMrs. Jones spoke. St. Louis Sgt. Pepper \n\n\n",
        "Said Lt.\nColonel",
    ],
)
def test_paragraph_starts_match_the_token_walk(nlp: Language, text: str) -> None:
    fast, plain = nlp.make_doc(text), nlp.make_doc(text)
    paragraphs.mark_paragraph_starts(fast)
    _paragraph_starts_plain(plain)
    assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in plain]


# -- the kept text and the sentence text (written for the speed mends of 2026-12-04) ---------

_TEXTS = [
    "",
    " ",
    "\n\nHello there.\nNext line said Capt. John Hale.",
    "A \n B\r\nC\tD \u2028E\n",
    "Tabs\t\tand  double  spaces,\u00a0a no-break space and a trailing one ",
    "“Quoted,” she said.  'Single' ‘curly’ and ''two marks''.\n\n\n",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_kept_text_is_the_joined_text(analyzer: Analyzer, text: str) -> None:
    doc = analyzer._make_doc(text, None)
    assert doc_text(doc) == doc.text == text


@pytest.mark.parametrize("text", [t for t in _TEXTS if t.strip()])
def test_sentence_text_is_the_span_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    spans = [*doc.sents, *(doc[i:j] for i in range(len(doc)) for j in range(i, len(doc) + 1))]
    assert [cues.sentence_text(s) for s in spans] == [s.text for s in spans]


@pytest.mark.parametrize(
    "text",
    [
        "No quote here.",
        "He called it “a disaster” and 'wrong,' then ''odd''.",
        "“Open only",
        '‘Curly single’ and “curly double” and "straight".',
    ],
)
def test_quoted_spans_kept_match_a_fresh_scan(text: str) -> None:
    fresh = [
        ((7 + m.start(), 7 + m.end()), len(next(g for g in m.groups() if g).split()))
        for m in cues.QUOTED.finditer(text)
    ]
    assert cues.quoted_spans(text, 7) == fresh
    assert cues.quoted_spans(text, 7) == fresh  # the kept answer, shifted again


@pytest.mark.parametrize("pos", ["VERB", "NOUN", "ADJ", "ADV"])
def test_scan_tokens_match_the_whole_doc_mask(nlp: Language, pos: str) -> None:
    doc = nlp(
        "The senator said on Tuesday that the report, which critics called deeply flawed, "
        "was released. Officials warned and claimed the statement clearly denied it."
    )
    lex = verb_lexicon()
    scan = Scan.of(doc, lex, mine=False)
    hashes = lex.noun_hashes if pos == "NOUN" else lex.lemma_hashes
    arr = doc.to_array([POS, LEMMA])
    mask = (arr[:, 0] == nlp.vocab.strings[pos]) & numpy.isin(arr[:, 1], list(hashes))
    assert scan.tokens(nlp.vocab.strings[pos], hashes) == numpy.flatnonzero(mask).tolist()
    plain = numpy.flatnonzero(arr[:, 0] == nlp.vocab.strings[pos]).tolist()
    assert scan.tokens(nlp.vocab.strings[pos]) == plain
    assert Scan.of(doc, lex, mine=True).tokens(nlp.vocab.strings[pos], hashes) == plain


_SOURCE_TEXTS = [
    "Arson is suspected. Police said arson was likely, Sgt. Ann Lee told reporters.",
    'Representative Elijah Cummings said "Meet the Press" was wrong. Cummings also said so.',
    "The company's shares fell. Scots said Ivanka Trump and Morgan Stanley agreed.",
    "The Arson unit. Curt Schilling said it; Schilling, who spoke, and the bank's chief agreed.",
]


@pytest.mark.parametrize("text", _SOURCE_TEXTS)
def test_common_words_match_the_token_walk(nlp: Language, text: str) -> None:
    doc = nlp(text)
    common = detection_untagged._CommonWords(doc)
    assert common.words == frozenset(t.text for t in doc)
    assert common.mid_sentence == frozenset(t.text for t in doc if not t.is_sent_start)


@pytest.mark.parametrize("text", _SOURCE_TEXTS)
@pytest.mark.parametrize(
    ("attr", "name", "words"),
    [
        (ORTH, "text", ["Cummings", "Schilling", '"', "“", "said"]),
        (LOWER, "lower_", ["arson", "sgt.", "scots", "ivanka", "morgan", "representative"]),
        (DEP, "dep_", ["poss", "nsubj"]),
        (LOWER, "lower_", []),
    ],
)
def test_tokens_with_match_the_token_walk(
    nlp: Language, text: str, attr: int, name: str, words: list[str]
) -> None:
    doc = nlp(text)
    plain = [t.i for t in doc if getattr(t, name) in words]
    found = forms.tokens_with(doc, attr, forms.string_ids(words))
    assert found == plain and all(type(i) is int for i in found)


@pytest.mark.parametrize(
    "text",
    [
        "The company filed the lawsuit on Monday, officials said.",
        "He did not respond to a request for comment. It appears the plan failed.",
        '"We won\'t comment," she said. The senator said the bill would pass.',
    ],
)
def test_outlets_own_kept_answer_is_the_fresh_one(analyzer: Analyzer, text: str) -> None:
    doc = analyzer.nlp(text)
    attributions = doc._.np_attributions or []
    assert attributions
    for a in attributions:
        assert voice.outlets_own(doc, a) == voice._outlets_own(doc, a)
        # another attribution under the same id is answered afresh, not from the kept answer
        other = dataclasses.replace(a, source=None, parent=None, content_spans=[])
        assert voice.outlets_own(doc, other) == voice._outlets_own(doc, other)


# -- the quote's tokens from its own offsets (written for the speed mends of 2026-12-05) -----


@pytest.mark.parametrize(
    "text",
    [
        "No quote here, the minister said.",
        "“We will win,” she said. He called it “a disaster” and then “a mess.”",
        "“A first paragraph with no closing mark\n\n“A second one,” he said, “and a third.”",
        '"Straight marks," he said, "inside" and "out". “Open only',
        "“”  “ spaced ” and «guillemets» then ‘single’ marks.",
    ],
)
def test_quote_tokens_match_the_whole_doc_walk(nlp: Language, text: str) -> None:
    doc = nlp(text)
    lex = verb_lexicon()
    qx = Scan.of(doc, lex, mine=False).qx
    assert qx.quotes or text.startswith("No quote")
    for q in range(len(qx.quotes)):
        assert qx.tokens_in(q) == qx.tokens_in_plain(q)
        assert qx.tokens_in(q) == qx.tokens_in_plain(q)  # the kept answer


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” she said -- and then, (quietly): “... maybe.”\n\nHe left!",
        "Tabs\t\tand  double  spaces, a no-break\u00a0space and a trailing one ",
        "A - B; C... D?! 'E' “F”",
    ],
)
def test_word_ids_match_the_token_walk(nlp: Language, text: str) -> None:
    doc = nlp(text)
    every = list(range(len(doc)))
    with spans.token_tree(doc):
        for ids in (every, every[::-1], set(every[1::2]), [], every[-3:]):
            assert spans.word_ids(doc, ids) == spans.word_ids_plain(doc, ids)
    assert spans.word_ids(doc, every) == spans.word_ids_plain(doc, every)  # no tree: plain


@pytest.mark.parametrize(
    "text",
    [
        "The senator, who spoke on Tuesday, said that the report was flawed and would be revised.",
        "“We will win,” she said.\n\nHe left. Then, quietly: nothing!",
        "Yes",
    ],
)
def test_tree_children_match_the_parse(nlp: Language, text: str) -> None:
    doc = nlp(text)
    tree = spans._Tree(doc)  # a leaf's children a shared empty tuple, not a list of its own
    assert [list(k) for k in tree.children] == [[c.i for c in t.children] for t in doc]
    with spans.token_tree(doc):
        for t in doc:
            assert spans.subtree_ids(t) == spans._subtree_tokens(t, None)


# -- a verb's children read from the token tree (written for the speed mends of 2026-12-05,
# -- afternoon: frame_of and coreference's largest costs) --------------------------------

_FRAME_TEXTS = [
    "The senator, who spoke on Tuesday, said that the report was flawed and would be revised.",
    "But, Carson added, he did not support it. “We will win,” she said, “and soon.”",
    "State television quoted a senior official as saying: “The talks failed.”",
    "He is alleging, in a complaint filed in a federal court, that two aides conspired.",
    "She said during a news conference that he may wait, and called for Smith to resign.",
    "He said in one of a series of Twitter messages that the truck was carrying arms.",
    "Yes",  # one token, no children at all
]


@pytest.mark.parametrize("text", _FRAME_TEXTS)
def test_tree_labels_match_the_parse(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert spans._Tree(doc).dep == [t.dep_ for t in doc]


@pytest.mark.parametrize("text", _FRAME_TEXTS)
@pytest.mark.parametrize(
    "deps",
    [("conj",), ("prep",), ("advcl",), ("nsubj", "dobj", "ccomp"), (), ("no-such-label",)],
)
def test_children_with_match_the_token_walk(nlp: Language, text: str, deps: Any) -> None:
    doc = nlp(text)
    with spans.token_tree(doc):
        for t in doc:
            fast = spans.children_with(t, deps)
            assert [c.i for c in fast] == [c.i for c in spans.children_with_plain(t, deps)]
    # outside the block: the plain walk
    assert [c.i for c in spans.children_with(doc[0], deps)] == [
        c.i for c in doc[0].children if c.dep_ in deps
    ]


@pytest.mark.parametrize("text", _FRAME_TEXTS)
def test_clause_and_tag_tests_match_their_plain_forms(nlp: Language, text: str) -> None:
    from newsprov.analysis.attribution import grammar, tags, verbs

    doc = nlp(text)
    qx = Scan.of(doc, verb_lexicon(), mine=False).qx
    plain = [
        (grammar.clause_ids_plain(t, qx), verbs._quoted_as_saying_plain(t), tags._set_off_tag(t))
        for t in doc
    ]  # outside the block: the Token walks
    with spans.token_tree(doc):
        fast = [
            (grammar.clause_ids(t, qx), verbs._quoted_as_saying(t), tags._set_off_tag(t))
            for t in doc
        ]
    assert fast == plain


@pytest.mark.parametrize(
    ("text", "word", "quoted_as_saying", "set_off"),
    [
        (
            "State television quoted a senior official as saying: “The talks failed.”",
            "quoted",
            True,
            False,
        ),
        ("But, Carson added, he did not support it.", "added", False, True),
        # negative rows: an "as" phrase with no verb in it; a tag that opens its sentence
        ("He described the plan as a failure.", "described", False, False),
        ("Carson added that he did not support it.", "added", False, False),
    ],
)
def test_clause_and_tag_tests_table(
    nlp: Language, text: str, word: str, quoted_as_saying: bool, set_off: bool
) -> None:
    from newsprov.analysis.attribution import tags, verbs

    doc = nlp(text)
    v = next(t for t in doc if t.text == word)
    with spans.token_tree(doc):
        assert verbs._quoted_as_saying(v) is quoted_as_saying
        assert (tags._set_off_tag(v) is not None) is set_off


@pytest.mark.parametrize(
    ("tokens", "words", "suffix"),
    [
        (("Robert", "S.", "Mueller", "III"), ["robert", "s", "mueller"], {"iii"}),
        (("Ahmad", "al-Rifai"), ["ahmad", "rifai"], set()),
        (("Donald", "Trump", "Jr."), ["donald", "trump"], {"jr"}),
        (("Al", "Gore"), ["al", "gore"], set()),  # no hyphen: "Al" stays
        ((), [], set()),
    ],
)
def test_split_suffix_kept_answer_is_a_fresh_list(
    tokens: tuple[str, ...], words: list[str], suffix: set[str]
) -> None:
    from newsprov.analysis.sources.agreement import split_suffix

    first = split_suffix(tokens)
    assert first == (words, frozenset(suffix))
    first[0].append("changed")  # a caller's change to its list reaches no later answer
    assert split_suffix(list(tokens)) == (words, frozenset(suffix))  # a list of words too


@pytest.mark.parametrize("text", _FRAME_TEXTS)
def test_subtree_order_and_phrase_clauses_match_the_token_walk(nlp: Language, text: str) -> None:
    from newsprov.analysis.attribution import grammar, verbs

    doc = nlp(text)
    tree = spans._Tree(doc)
    for t in doc:
        assert spans.subtree_order(tree, t.i) == [s.i for s in t.subtree]
    pairs = [(p, grammar.prep_object(p)) for p in doc if p.dep_ == "prep"]
    plain = [[c.i for c in verbs._phrase_clauses(p, o)] for p, o in pairs if o is not None]
    with spans.token_tree(doc):
        assert [(p.i, o.i if o else None) for p, o in pairs] == [
            (p.i, o.i if (o := grammar.prep_object(p)) else None) for p, _ in pairs
        ]
        fast = [[c.i for c in verbs._phrase_clauses(p, o)] for p, o in pairs if o is not None]
    assert fast == plain
    if "Twitter" in text:  # the row the walk is for: a clause of a noun further in
        assert any(fast)


_CHUNK_TEXTS = [
    *_SOURCE_TEXTS,
    *_FRAME_TEXTS,
    "Smith, Jones and the mayor of the city met the governor and her aides on Monday.",
    "- David Rothschild assesses the race; “the senator's staff” said so.",
    "Run!",  # no noun at all: no chunk
]


@pytest.mark.parametrize("text", _CHUNK_TEXTS)
def test_noun_chunks_match_spacy(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert detection.noun_chunks(doc) == [(c.start, c.end) for c in doc.noun_chunks]


def _trim_plain(span: Any) -> tuple[int, int]:
    toks = list(span)
    while toks and (toks[-1].is_punct or toks[-1].text in ("'s", "’s", "'", "’")):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    if not toks:
        return (span.start_char, span.end_char)
    lead = len(toks[0].text) - len(toks[0].text.lstrip("-–—•·*"))
    if not toks[0].text[lead : lead + 1].isalpha():
        lead = 0
    return (toks[0].idx + lead, toks[-1].idx + len(toks[-1].text))


@pytest.mark.parametrize("text", _CHUNK_TEXTS)
def test_trim_matches_the_token_list(nlp: Language, text: str) -> None:
    from newsprov.analysis.sources import mentions

    doc = nlp(text)
    for a in range(len(doc)):
        for b in range(a + 1, min(len(doc), a + 8) + 1):
            assert mentions._trim(doc[a:b]) == _trim_plain(doc[a:b]), (a, b)


@pytest.mark.parametrize("text", _CHUNK_TEXTS)
def test_commas_and_subtree_walk_match_the_parse(nlp: Language, text: str) -> None:
    from newsprov.analysis.sources.mentions import Mentions

    doc = nlp(text)
    assert Mentions(doc).commas == {t.i for t in doc if t.text == ","}
    # person_name's walk left of a name: "in the root's subtree" read as "the root an ancestor"
    for t in doc:
        subtree = {s.i for s in t.subtree}
        assert [i for i in range(t.i) if t.is_ancestor(doc[i])] == sorted(
            i for i in subtree if i < t.i
        )


# -- the batch's headlines parsed together (written for the speed mends of 2026-12-05) -------

_HEADLINE_TEXTS = [
    "Senator Praises Governor Over Flood Response\n\nThe senator said the governor acted fast.",
    "Mayor Warns Residents About Storm Damage\n\nThe mayor told residents to stay inside.",
    "Obama Praises Clinton\n\nObama said Clinton would win. Clinton thanked him.",
    # negative rows: no Title-Case first line, a one-line text, a line left as it is
    "the council met on tuesday.\n\nIt said nothing new.",
    "Only One Line Here Without Any Body",
    "NASA Says Budget Cuts Hurt Missions\n\nNASA Says Budget Cuts Hurt Missions, NASA said.",
    "",
]


def _parse_signature(doc: Doc | None) -> Any:
    if doc is None:
        return None
    return (
        doc.text,
        [
            (t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_, str(t.morph))
            for t in doc
        ],
        [t.is_sent_start for t in doc],
        dict(doc.user_data),
    )


@pytest.mark.parametrize("start", range(len(_HEADLINE_TEXTS)))
def test_headlines_parsed_together_match_one_by_one(analyzer: Analyzer, start: int) -> None:
    from newsprov.analysis.attribution import headline

    texts = _HEADLINE_TEXTS[start:] + _HEADLINE_TEXTS[:start]  # each row a different order
    together = [analyzer._make_doc(t, None) for t in texts]
    alone = [analyzer._make_doc(t, None) for t in texts]
    headline.attach_all(analyzer.nlp, together)
    for doc in alone:
        headline.attach(analyzer.nlp, doc)
    got = [_parse_signature(d._.np_headline) for d in together]
    assert got == [_parse_signature(d._.np_headline) for d in alone]
    assert sum(g is not None for g in got) >= 3  # the Title-Case rows were parsed again


def test_headlines_of_an_empty_batch(analyzer: Analyzer) -> None:
    from newsprov.analysis.attribution import headline

    headline.attach_all(analyzer.nlp, [])


def _attach_by_calls(nlp: Language, doc: Doc) -> None:
    """The one-headline parse as :func:`headline.attach` made it before it became
    ``attach_all`` of one doc: each model component called on the copy."""
    from newsprov.analysis.attribution import headline

    copy = headline._copy(doc)
    if copy is None:
        doc._.np_headline = None
        return
    head = headline._head_doc(nlp, copy)
    for name, proc in nlp.pipeline:
        if not name.startswith("newsprov."):
            head = proc(head)
    doc._.np_headline = head


@pytest.mark.parametrize("text", _HEADLINE_TEXTS)
def test_one_headline_through_the_pipes_matches_the_calls(analyzer: Analyzer, text: str) -> None:
    """``attach`` (one doc through each model component's ``pipe``) parses a headline as the
    components' calls do; the negative rows (no Title-Case line) set no headline either way."""
    from newsprov.analysis.attribution import headline

    piped, called = analyzer._make_doc(text, None), analyzer._make_doc(text, None)
    headline.attach(analyzer.nlp, piped)
    _attach_by_calls(analyzer.nlp, called)
    assert _parse_signature(piped._.np_headline) == _parse_signature(called._.np_headline)


# -- name keys and the collector (written for the speed mends of 2026-12-05, second part) ----


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("The New York Times", "new york times"),
        ("the  Times's", "times"),
        ("Reuters’s", "reuters"),
        ("(The Hill),", "hill"),
        # negative rows: a "the" inside the name and a possessive in the middle stay
        ("Theodore Roosevelt", "theodore roosevelt"),
        ("Reuters's Ann Lee", "reuters's ann lee"),
        ("", ""),
    ],
)
def test_normalize_kept_answer_is_the_fresh_one(name: str, key: str) -> None:
    assert outlets.normalize(name) == key
    assert outlets.normalize(name) == outlets.normalize.__wrapped__(name) == key


def test_the_collector_is_frozen_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """``freeze_loaded`` collects, then freezes, once; a second call (a second analyser in the
    process) does nothing."""
    from newsprov.analysis import pipeline

    calls: list[str] = []
    monkeypatch.setattr(pipeline, "_frozen", False)
    monkeypatch.setattr(pipeline.gc, "collect", lambda: calls.append("collect") or 0)
    monkeypatch.setattr(pipeline.gc, "freeze", lambda: calls.append("freeze"))
    pipeline.freeze_loaded()
    pipeline.freeze_loaded()
    assert calls == ["collect", "freeze"]


def test_the_stream_gives_the_records_one_by_one_gives(analyzer: Analyzer) -> None:
    """``nlp.pipe`` runs the attribution stage's ``pipe`` (the batch's headlines together);
    ``analyze`` its ``__call__`` (one headline): the records are the same."""
    from newsprov.ingest import Article

    arts = [Article(text=t, id=f"a{k}", origin=f"a{k}") for k, t in enumerate(_HEADLINE_TEXTS)]
    stream = [o.record for o in analyzer.analyze_stream(arts, progress=False)]
    one = [analyzer.analyze(a) for a in arts]
    assert all(r is not None for r in stream)
    assert [r.to_dict() for r in stream if r is not None] == [r.to_dict() for r in one]


# -- the voice stage's sentence edges asked once, or last (speed mends of 2026-12-05) -------


def _non_stem_plain(t: Any) -> bool:
    if t.i - 2 < t.sent.start:
        return False
    hyphen, prefix = t.nbor(-1), t.nbor(-2)
    return (
        hyphen.text == "-"
        and prefix.lower_ == "non"
        and not hyphen.whitespace_
        and not prefix.whitespace_
    )


def _poll_answer_plain(t: Any) -> bool:
    if t.pos_ != "ADJ":
        return False
    doc, i = t.doc, t.i - 1
    while i >= max(t.sent.start, t.i - 5):
        w = doc[i]
        if w.text == "%" or w.lower_ == "percent":
            return i > t.sent.start and w.nbor(-1).like_num
        if w.pos_ != "DET" and w.lower_ not in voice_plain._SHARE_GLUE:
            return False
        i -= 1
    return False


@pytest.mark.parametrize(
    ("text", "stems", "answers"),
    [
        ("Politically active non-profit groups rallied.", ["profit"], []),
        (
            "Of those polled, 15% enthusiastic and 24 percent satisfied.",
            [],
            ["enthusiastic", "satisfied"],
        ),
        (
            "Non-violent protest. non-partisan groups met. A non- profit.",
            ["violent", "partisan"],
            [],
        ),
        # negative rows: the hyphen or the share across a sentence break, a spaced hyphen
        ("They said non. -profit groups met. 15%. Enthusiastic voters came.", [], []),
        ("A non - profit group said the non-stop plan was 5% more popular.", ["stop"], []),
    ],
)
def test_voice_sentence_edge_tests_match_their_plain_forms(
    nlp: Language, text: str, stems: list[str], answers: list[str]
) -> None:
    doc = nlp(text)
    for t in doc:
        assert voice_plain._non_stem(t) == _non_stem_plain(t)
        assert voice_plain._poll_answer(t) == _poll_answer_plain(t)
    assert [t.text for t in doc if voice_plain._non_stem(t)] == stems
    assert [t.text for t in doc if voice_plain._poll_answer(t)] == answers


@pytest.mark.parametrize("text", [*_SOURCE_TEXTS, "", "No commas here"])
@pytest.mark.parametrize(
    ("attr", "name", "words"),
    [
        # the detection's long word lists (hundreds of first names, titles), searched sorted
        (LOWER, "lower_", sorted(lx.FIRST_NAMES)),
        (LOWER, "lower_", sorted(lx.NAME_TITLES)),
        (ORTH, "text", {",", ";"}),  # a plain set, not a frozenset
        # negative rows: a word no doc here holds; one held beside one not
        (ORTH, "text", ["zzzz-not-a-word"]),
        (LOWER, "lower_", ["said", "x" * 40]),
    ],
)
def test_tokens_with_sorted_search_matches_the_token_walk(
    nlp: Language, text: str, attr: int, name: str, words: Any
) -> None:
    doc = nlp(text)
    plain = [t.i for t in doc if getattr(t, name) in words]
    ids = forms.string_ids(words)
    found = forms.tokens_with(doc, attr, ids if isinstance(words, list) else set(ids))
    assert found == plain and all(type(i) is int for i in found)


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Police said so. Lee agreed! Was it true?", 3),
        ("One sentence, no break.", 1),
        ("", 1),  # negative rows: an empty doc, a lone word: the first start alone
        ("Word", 1),
    ],
)
def test_sentence_starts_match_the_sentence_walk(nlp: Language, text: str, starts: int) -> None:
    doc = nlp(text)
    plain = [0, *(s.start_char for s in doc.sents if s.start > 0)]
    found = sources._sentence_starts(doc)
    assert found == plain and len(found) == starts and all(type(i) is int for i in found)


def _possessor_plain(tok: Any) -> tuple[bool, str | None, int | None]:
    # the owner's parse as the resolver read it at each weighing, before it was kept per head
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    owner = {"his": "m", "her": "f"}.get(poss.lower_ if poss is not None else "")
    if owner is not None or poss is not None and poss.pos_ == "PRON":
        return True, owner, None
    if poss is None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1:
                for g in c.children:
                    if g.dep_ == "pobj":
                        return False, None, g.i
        return False, None, None
    return False, None, poss.i


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        (
            "His campaign and her aides met their rivals.",
            {"campaign": "m", "aides": "f", "rivals": None},
        ),
        ("Clinton's campaign said supporters of Sanders agreed.", {}),
        # negative rows: no possessor; "of" not right after the noun; "its", a pronoun, no sex
        ("The campaign said a group of voters agreed.", {}),
        ("The campaign in the state of Iowa and its staff agreed.", {"staff": None}),
    ],
)
def test_possessor_kept_matches_the_owner_walk(
    nlp: Language, text: str, owners: dict[str, str | None]
) -> None:
    doc = nlp(text)
    for t in doc:
        assert coref._possessor(t) == _possessor_plain(t)
    settled = {t.text: coref._possessor(t)[1] for t in doc if coref._possessor(t)[0]}
    assert settled == owners


_VOICE_WORD_TEXTS = [
    *SENTENCES,
    "Critics painted him as weak. She described the plan as reckless and portrayed it so.",
    # negative rows: the nouns of depicting ("a painting", "her description"), "-ly" words
    # that are no adverbs ("Italy", "only"), a sentence with no trigger at all
    "The painting and her description of Italy only came later. Trains run.",
    "",
]


@pytest.mark.parametrize("text", _VOICE_WORD_TEXTS)
def test_voice_doc_words_match_the_token_walks(nlp: Language, text: str) -> None:
    doc = nlp(text)
    triggers = token_cues._trigger_words()
    words = token_cues._doc_words(doc)
    assert words.triggered == [
        t.i
        for t in doc
        if t.lower_ in triggers or t.lower_.endswith("ly") or t.lemma_.lower() in triggers
    ]
    assert words.depicting == [
        t.i
        for t in doc
        if t.pos_ == "VERB" and t.lemma_.lower() in quotes._DEPICTING | {"describe"}
    ]
    for sent in doc.sents:  # each sentence's share, in order
        assert token_cues._in_sentence(words.triggered, sent) == [
            i for i in words.triggered if sent.start <= i < sent.end
        ]


def test_voice_doc_words_kept_per_doc(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = nlp("Critics painted him as weak."), nlp("Critics painted him as weak.")
    first = token_cues._doc_words(a)
    assert token_cues._doc_words(a) is first  # the same doc: kept
    assert token_cues._doc_words(b) is not first  # another doc, though the same text
    monkeypatch.setattr(token_cues, "_trigger_words", lambda: _Everything())
    assert token_cues._doc_words(b).triggered == list(range(len(b)))  # other trigger words: anew


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The Politico article said he lied.", "The Politico"),
        ("An article in Politico said he lied.", "Politico"),
        # negative rows: the outlet after the head, no outlet at all
        ("The article said he lied.", None),
    ],
)
def test_nominal_outlet_modifier_read_by_index(
    analyzer: Analyzer, text: str, outlet: str | None
) -> None:
    from newsprov.analysis.sources.mentions import Mentions

    doc = analyzer.nlp(text)
    ms = Mentions(doc)
    root = next(t for t in doc if t.lower_ == "article")
    built: list[Any] = []
    make = ms.mention

    def recorded(span: Any, *a: Any, **kw: Any) -> Any:
        built.append(span)
        return make(span, *a, **kw)

    ms.mention = recorded  # type: ignore[method-assign]
    m = ms.nominal(root)
    plain = None
    for t in built[0]:  # the plain form: every token of the mention's span
        om = ms.covered.get(t.i)
        if om is not None and om.type == "outlet" and t.i < root.i:
            plain = om
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "by", "from", "of"):
            for obj in prep.children:
                om = ms.covered.get(obj.i)
                if obj.dep_ == "pobj" and om is not None and om.type == "outlet":
                    plain = plain or om
    assert m.outlet_mod is plain
    assert (m.outlet_mod.text if m.outlet_mod is not None else None) == outlet


def test_mention_has_slots_and_its_fields() -> None:
    from newsprov.analysis.sources.mentions import Mention

    m = Mention(start=0, end=3, head=0, type="name", text="Ann", sent=0, subject=True, lemma="a")
    assert not hasattr(m, "__dict__")
    assert m.role == set() and m.reports == [] and m.entity == -1
    assert Mention(0, 3, 0, "name", "Ann", 0, True, "a") == m  # the fields' order is kept
    m.role.add("source")
    assert Mention(0, 3, 0, "name", "Ann", 0, True, "a").role == set()  # a fresh set each
    with pytest.raises(AttributeError):
        m.not_a_field = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("attr", [LOWER, ORTH, DEP])
def test_tokens_with_kept_rows_follow_the_doc(nlp: Language, attr: int) -> None:
    a = nlp("The mayor said, the council agreed.")
    b = nlp("The judge ruled, the lawyers left.")  # the same length, another doc
    ids = forms.string_ids(["the", ",", "nsubj", "The"])
    for doc in (a, b, a, a, b):  # a doc asked again, after another: its own array each time
        assert forms._row(doc, attr).tolist() == doc.to_array(attr).tolist()
        plain = [i for i, h in enumerate(doc.to_array(attr).tolist()) if h in ids]
        assert forms.tokens_with(doc, attr, ids) == plain
    assert forms.tokens_with(nlp(""), attr, ids) == []  # negative row: an empty doc


@pytest.mark.parametrize(
    ("text", "sents"),
    [
        ("Police said so. Lee agreed! Was it true?", 3),
        ("“We won,” she said.\n\nThe count went on. Officials agreed.", 3),
        ("One sentence, no break.", 1),
        ("Word", 1),  # negative rows: a lone word, an empty doc (no token, no hook)
        ("", 0),
    ],
)
def test_sentence_index_gives_the_sentence_walk(nlp: Language, text: str, sents: int) -> None:
    doc = nlp(text)
    plain = [(t.sent.start, t.sent.end, t.sent.label) for t in doc]
    assert len(list(doc.sents)) == sents and "sent" not in doc.user_token_hooks
    with sentence_index(doc):
        assert ("sent" in doc.user_token_hooks) == bool(len(doc))
        found = [(t.sent.start, t.sent.end, t.sent.label) for t in doc]
        assert all(t.sent == plain_sent for t, plain_sent in zip(doc, _walked(doc), strict=True))
        with sentence_index(doc):  # a block inside keeps the outer hook and leaves it on
            assert [(t.sent.start, t.sent.end) for t in doc] == [(a, b) for a, b, _ in plain]
        assert ("sent" in doc.user_token_hooks) == bool(len(doc))
    assert found == plain and "sent" not in doc.user_token_hooks  # the doc as it came


def _walked(doc: Doc) -> list[Any]:
    # spaCy's own walk (``Span.sent``, which the token hook does not answer)
    return [doc[t.i : t.i + 1].sent for t in doc]


def test_sentence_index_leaves_an_unparsed_doc_and_a_callers_hook(nlp: Language) -> None:
    doc = nlp.make_doc("No parse here. None at all.")  # negative row: no sentence starts
    with sentence_index(doc):
        assert "sent" not in doc.user_token_hooks
    parsed = nlp("A parse. Two sentences.")
    own = parsed.user_token_hooks["sent"] = lambda tok: tok.doc[0:1]
    with sentence_index(parsed):  # negative row: the caller's hook is kept, not replaced
        assert parsed[3].sent.end == 1
    assert parsed.user_token_hooks["sent"] is own
    del parsed.user_token_hooks["sent"]
    with pytest.raises(RuntimeError), sentence_index(parsed):
        raise RuntimeError("a stage that fails")
    assert "sent" not in parsed.user_token_hooks  # taken off on the way out


@pytest.mark.parametrize(
    "text",
    [
        "“We won the vote, and we will win again,” the mayor said on Friday.",
        "Officials, who asked not to be named, said that the plan had failed.",
        "Word",  # negative rows: a lone word (no children), an empty doc
        "",
    ],
)
def test_child_tokens_give_the_children(nlp: Language, text: str) -> None:
    doc = nlp(text)
    plain = [[c.i for c in t.children] for t in doc]
    assert [[c.i for c in spans.child_tokens(t)] for t in doc] == plain  # outside the block
    deps = ("nsubj", "aux", "prt", "punct")
    firsts = [[next((c.i for c in t.children if c.dep_ == d), None) for d in deps] for t in doc]

    def first(t: Any, d: str) -> int | None:
        c = spans.first_child_with(t, (d,))
        return c.i if c is not None else None

    assert [[first(t, d) for d in deps] for t in doc] == firsts
    with spans.token_tree(doc):
        assert spans.active_tree(doc) is not None or not len(doc)
        assert [[c.i for c in spans.child_tokens(t)] for t in doc] == plain
        assert [[first(t, d) for d in deps] for t in doc] == firsts  # None where no child has it
