"""Nesting of attributions: ``parent`` (the innermost other attribution whose content holds this
one's cue and source mention), recipients the extraction left out ("told the NYT", "in an
interview with CNN") and ``chain`` (source ids outward, an outlet recipient right after the
source)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Sequence
from heapq import heappop, heappush

from spacy.tokens import Doc, Token

from newsprov.analysis.sources import lexicon as lx
from newsprov.record import Span

TELL_LEMMAS = {
    "tell", "inform", "assure", "brief", "notify", "remind", "warn", "caution", "advise",
    "promise", "reassure", "write", "say", "explain", "confirm",
}  # fmt: skip
_OBJECT_DEPS = {"dobj", "dative", "iobj"}
#: "in an interview with X": X is the one told.
_TALKS = frozenset({"interview", "conversation", "call"})
#: "said in a statement to X", "in an email to X": X is the one told, as in "told X" (an
#: audit of relayed outlets found "said in a statement to The New York Times" with no
#: recipient, the outlet missing from the chain).
_MESSAGES = frozenset({"statement", "email", "e-mail", "letter", "message", "note", "interview"})
#: Speech verbs whose "to" names the one told ("said to People", "added to People", "spoke to
#: CNN"), and those whose "with" does ("spoke with CNN"); "add" and "speak" and "talk" since a
#: second audit of the profile found "added to People" with no recipient.
_SPOKEN_TO = frozenset({"say", "write", "explain", "confirm", "add", "speak", "talk"})
_SPOKEN_WITH = frozenset({"speak", "talk"})
#: "in comments to X", "in remarks to X": X is the one told, as in a statement to X.
_REMARKS = _MESSAGES | {"comment", "remark"}
_RECIPIENT_VERBS = TELL_LEMMAS | _SPOKEN_TO
#: Speech verbs whose "on X", X an outlet (a mention of one), names the outlet that broadcast the
#: words ("said on CNN", "said Sunday on NBC's \"Meet the Press\""): an appearance on its
#: programme, which relays the speaker as "told CNN" does (a fourth audit of the profile).
_SPOKEN_ON = _RECIPIENT_VERBS | {"argue", "insist", "claim", "admit", "acknowledge", "declare"}


def _inside(span: Span, spans: Sequence[Span]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _size(spans: Sequence[Span]) -> int:
    return sum(b - a for a, b in spans)


def parents(
    cues: Sequence[Sequence[Span]],
    contents: Sequence[Sequence[Span]],
    sources: Sequence[Span | None],
    text: str = "",
    sentence_starts: Sequence[int] = (),
) -> list[int | None]:
    """For each attribution, the index of its parent or None.

    A parent's content holds every cue span of the child and its source mention (when it has
    one). Among several, the innermost (smallest content) wins (ties: the earliest). When the
    child's content holds the parent's cue back (two contents that each took in the other's
    cue: "officials said X, the Anchorage Daily News reported", where the officials' content
    ran on over the tag after it), the one whose content ends with the other's reporting tag
    set off by a comma, or holds it as an aside between commas (``text`` given; see
    :func:`_set_off`), is the inner one, else the larger content is the parent
    (ties: the earlier); a content need not be larger than the child's otherwise ("Yonhap
    reports that KCNA published the announcement, which read ...": the child's content runs on
    past the parent's). A trailing tag frames the report before it (``text`` and
    ``sentence_starts``, the offsets where sentences start, given; see :func:`_frames`):
    "Officials said Saturday they were treating the fire as arson, the Globe reported" makes
    the Globe's report the parent of the officials', not their child, though the Globe's
    content does not reach back over "Officials said". A link then goes down to a report nested
    in the parent that holds the child as well (see :func:`_deepen`). A link that would close a
    cycle gives way to the parent of the size rule alone (a larger content), which never forms
    one.

    A sweep in text order keeps the contents whose extent covers the point where the cue
    starts, ordered by (size, index): the first of them that passes every test is the
    parent, so nested quotes are not compared all against all.
    """
    sizes = [_size(c) for c in contents]
    bounds = [(min(a for a, _ in c), max(b for _, b in c)) if c else (0, -1) for c in contents]

    def held(i: int, j: int) -> bool:
        """Whether ``j``'s content holds ``i``'s cue and source mention."""
        cue = cues[i]
        if not cue or not contents[j] or j == i:
            return False
        content = contents[j]
        if not all(_inside(c, content) for c in cue):
            return False
        src = sources[i]
        return src is None or _inside(src, content)

    def ordered(j: int, i: int) -> bool:
        """Whether ``j`` may hold ``i`` (which it holds) as a parent: by size alone."""
        return sizes[j] > sizes[i] or (sizes[j] == sizes[i] and j < i)

    def may_hold(j: int, i: int) -> bool:
        """Whether ``j``, which holds ``i``, is a parent ``i`` may have."""
        if not held(j, i):  # i's content does not hold j back: no question of order
            return True
        over_i = _set_off(text, contents[j], cues[i], sources[i])
        over_j = _set_off(text, contents[i], cues[j], sources[j])
        if over_i != over_j:  # one content ran on over the other's tag: that one is inner
            return over_j
        return ordered(j, i)

    framed = _frames(text, sentence_starts, cues, contents, sources, bounds)

    def holds(j: int, i: int, cue: Sequence[Span], hi: int) -> bool:
        """Whether ``j`` can be the parent of ``i`` (whose cue starts at or after ``j``'s
        content does)."""
        if j == i or hi > bounds[j][1] or framed.get(j) == i:
            return False
        return held(i, j) and may_hold(j, i)

    out: list[int | None] = [None] * len(cues)
    # an empty content holds nothing: it is never a parent
    starts = sorted((bounds[j][0], j) for j in range(len(contents)) if contents[j])
    queries = sorted((min(a for a, _ in cue), i) for i, cue in enumerate(cues) if cue)
    by_size: list[tuple[int, int]] = []  # (size, j) of the contents open at the sweep point
    closing: list[tuple[int, int, int]] = []  # (end, size, j) of the same, a heap
    added = 0
    for lo, i in queries:
        cue = cues[i]
        hi = max(b for _, b in cue)
        while added < len(starts) and starts[added][0] <= lo:
            j = starts[added][1]
            insort(by_size, (sizes[j], j))
            heappush(closing, (bounds[j][1], sizes[j], j))
            added += 1
        while closing and closing[0][0] < lo:  # ends before the cue starts: holds none left
            _, size, j = heappop(closing)
            del by_size[bisect_left(by_size, (size, j))]
        if lo <= hi:
            # every content that can hold the cue starts at or before lo and ends at or
            # after hi >= lo, so it is open here
            for _, j in by_size:
                if holds(j, i, cue, hi):
                    out[i] = j
                    break
        else:  # a cue span ending before it starts: test every content, in the same order
            for _, j in sorted((sizes[j], j) for _, j in starts):
                if bounds[j][0] <= lo and holds(j, i, cue, hi):
                    out[i] = j
                    break
    for j, i in framed.items():  # the trailing tag's report frames the one before it
        out[j] = i
    if any(p is not None for p in out):
        los = [min(a for a, _ in c) if c else 0 for c in cues]
        his = [max(b for _, b in c) if c else 0 for c in cues]
        _deepen(
            out,
            cues,
            sources,
            lambda j, i: bounds[j][0] <= los[i] and holds(j, i, cues[i], his[i]),
            held,
        )
    return _acyclic(out, lambda i: _by_size(i, sizes, held, ordered))


def nest_cited(
    parent: list[int | None],
    cited: Sequence[int | None],
    cues: Sequence[Sequence[Span]],
    contents: Sequence[Sequence[Span]],
) -> None:
    """Nests each attribution of a cited source under the report it is cited for (``cited``:
    that report's index, else None; "The Times, citing two officials, reported that A": the
    officials' "citing" under the Times' "reported"), and moves a report nested in that
    report's content down under the first cited source (:mod:`parents`'s others, "..., reported
    that Smith had said B": Smith's words reached the Times through the officials, so the chain
    runs Smith -> officials -> the Times). A report the trailing tag frames, whose cue is not
    inside the content, stays the report's."""
    first: dict[int, int] = {}
    for i, r in enumerate(cited):
        if r is not None:
            parent[i] = r
            first.setdefault(r, i)
    if not first:
        return
    for k, p in enumerate(parent):
        if (
            p is not None
            and p in first
            and cited[k] is None
            and cues[k]
            and all(_inside(c, contents[p]) for c in cues[k])
        ):
            parent[k] = first[p]


def _deepen(
    out: list[int | None],
    cues: Sequence[Sequence[Span]],
    sources: Sequence[Span | None],
    holds: Callable[[int, int], bool],
    held: Callable[[int, int], bool],
) -> None:
    """Moves each link down to the innermost report that holds it: when a report ``k`` with a
    source, nested in ``i``'s parent (its child, its grandchild, ...), holds ``i`` as well and
    does not hold its own parent back, ``k`` is the parent. The size rule alone picks the
    smaller content, which is not the inner one when the report inside spoke in two quotations
    around its tag: '"The committee understands that a suit was filed," the spokesman said,
    according to The Blaze. "We disagree."', where the spokesman's content (two quotations) is
    larger than The Blaze's (the first quotation and his tag), gives [committee, spokesman,
    The Blaze]. Not a report with no source ("Ann, as she was known, '...,' her brother
    said", where "was known" took in the quotation: no one there to hold the words)."""
    kids: dict[int, list[int]] = {}
    for k, p in enumerate(out):
        if p is not None:
            kids.setdefault(p, []).append(k)
    if not kids:
        return
    for i in range(len(out)):
        cur = out[i]
        if cur is None or not cues[i]:
            continue
        seen = {i}
        while cur is not None and cur not in seen:
            seen.add(cur)
            inner = next(
                (
                    k
                    for k in kids.get(cur, ())
                    if k not in seen and sources[k] is not None and holds(k, i) and not held(cur, k)
                ),
                None,
            )
            if inner is None:
                break
            cur = inner
        out[i] = cur


def _by_size(
    i: int,
    sizes: Sequence[int],
    held: Callable[[int, int], bool],
    ordered: Callable[[int, int], bool],
) -> int | None:
    """The parent of ``i`` by the size rule alone: the smallest content larger than ``i``'s
    (ties of size: an earlier one) that holds it."""
    best: int | None = None
    for j in range(len(sizes)):
        if held(i, j) and ordered(j, i) and (best is None or sizes[j] < sizes[best]):
            best = j
    return best


def _acyclic(parent: list[int | None], fallback: Callable[[int], int | None]) -> list[int | None]:
    """``parent`` with every link on a cycle replaced by ``fallback`` (the size rule's parent,
    whose links only ever go to a larger content) until none is left: each round turns one
    more link into such a one, so the rounds end."""
    while True:
        state = [0] * len(parent)  # 0 unseen, 1 on the current path, 2 done
        cycle: list[int] = []
        for start in range(len(parent)):
            path: list[int] = []
            k: int | None = start
            while k is not None and state[k] == 0:
                state[k] = 1
                path.append(k)
                k = parent[k]
            if k is not None and state[k] == 1:
                cycle = path[path.index(k) :]
            for n in path:
                state[n] = 2
            if cycle:
                break
        if not cycle:
            return parent
        for n in cycle:
            parent[n] = fallback(n)


def _tag(text: str, content: Sequence[Span], cue: Sequence[Span], src: Span | None) -> bool:
    """Whether ``content`` ends with the reporting tag of ``cue`` and ``src``, set off by a
    comma: "they were treating the fire as arson, the Anchorage Daily News reported Sunday"
    (a content that ran on over the tag after it, which frames it), not "Comey said he
    responded"."""
    if not text or not cue or src is None or not content:
        return False
    start, end = extent([src, *cue])
    if not _inside((start, end), content) or not closes(text, end, max(b for _, b in content)):
        return False
    return comma_before(text, start)


def extent(spans: Sequence[Span]) -> Span:
    """Where a run of spans starts and ends (a tag's source and cue: "the Globe reported")."""
    return min(a for a, _ in spans), max(b for _, b in spans)


def closes(text: str, end: int, stop: int) -> bool:
    """Whether nothing but :data:`TRAILING` lies from ``end`` to ``stop`` (a tag that ends the
    content, or the sentence, it closes: ''..., the paper reported.'')."""
    return not text[end:stop].strip(TRAILING)


def comma_before(text: str, start: int, floor: int = 0, reach: int = 16) -> bool:
    """Whether a comma sets off the tag at ``start`` from the words before it, past closing
    quotation marks and spaces (''"...," the judge ruled''), looking back at most ``reach``
    characters and not before ``floor``."""
    return text[max(floor, start - reach) : start].rstrip(_QUOTES + " ").endswith(",")


def _set_off(text: str, content: Sequence[Span], cue: Sequence[Span], src: Span | None) -> bool:
    """Whether ``content`` holds the reporting tag of ``cue`` and ``src`` set off by commas: at
    its end (:func:`_tag`), or as an aside with a comma on each side, the content going on after
    it ("attacks that, Sweet noted, Trump said were sparked by the polls": Trump's content,
    "that, Sweet noted, were sparked by the polls", holds Sweet's aside, which frames it). A
    report so set off inside another's content is the outer one of the two."""
    if _tag(text, content, cue, src):
        return True
    if not text or not cue or src is None or not content:
        return False
    start, end = extent([src, *cue])
    if not _inside((start, end), content) or end >= max(b for _, b in content):
        return False
    if not text[end : end + 4].lstrip(" ").startswith(","):
        return False
    return comma_before(text, start)


def _frames(
    text: str,
    sentence_starts: Sequence[int],
    cues: Sequence[Sequence[Span]],
    contents: Sequence[Sequence[Span]],
    sources: Sequence[Span | None],
    bounds: Sequence[tuple[int, int]],
) -> dict[int, int]:
    """``{j: i}`` for each report ``j`` framed by a tag ``i`` at the end of its sentence:
    ``j``'s content ends with ``i``'s reporting tag set off by a comma (:func:`_tag`), the tag
    ends ``j``'s sentence, and ``i``'s content takes in the rest of ``j``'s content from its
    start, with nothing but ``j``'s source and cue (and punctuation) between them and it:
    "Officials said Saturday they were treating the fire as arson, the Globe reported" (the
    Globe reported what officials said). Not "The Times reported that the plan would fail,
    officials said" ("that" lies before the officials' content: the tag sits in the clause it
    ends), nor a tag in another sentence or with no comma."""
    if not text or not sentence_starts:
        return {}
    # each tag's report, by each offset a content that ends with the tag may end at (the tag's
    # end and the punctuation after it)
    at: dict[int, list[int]] = {}
    for i, cue in enumerate(cues):
        src = sources[i]
        if cue and src is not None and contents[i]:
            end = max(src[1], *(b for _, b in cue))
            while True:
                at.setdefault(end, []).append(i)
                if end >= len(text) or text[end] not in TRAILING:
                    break
                end += 1
    out: dict[int, int] = {}
    if not at:
        return out
    for j, content in enumerate(contents):
        tags = at.get(bounds[j][1]) if content and cues[j] else None
        for i in sorted(tags or ()):  # two tags at one end (never in text): the first
            if i != j and _framed_by(text, sentence_starts, j, i, cues, contents, sources):
                out[j] = i
                break
    return out


def _framed_by(
    text: str,
    sentence_starts: Sequence[int],
    j: int,
    i: int,
    cues: Sequence[Sequence[Span]],
    contents: Sequence[Sequence[Span]],
    sources: Sequence[Span | None],
) -> bool:
    """Whether ``i``'s tag at the end of ``j``'s content frames ``j`` (see :func:`_frames`)."""
    src = sources[i]
    if src is None or not _tag(text, contents[j], cues[i], src):
        return False
    tag, tag_end = extent([src, *cues[i]])
    own_src = sources[j]
    frame = [*cues[j], *([own_src] if own_src is not None else [])]
    head = min(a for a, _ in frame)
    own = sorted(contents[i])
    start = own[0][0]
    if max(b for _, b in frame) > start:
        return False  # j's source or cue inside i's content: the size test's question
    k = bisect_right(sentence_starts, head)
    sentence = sentence_starts[k - 1] if k else 0
    if min(a for a, _ in contents[j]) < sentence:
        return False
    following = sentence_starts[k] if k < len(sentence_starts) else len(text)
    if tag_end > following or not closes(text, tag_end, following):
        return False  # the tag in another sentence, or words after it in its own
    # from j's source or cue to i's content: j's source and cue, and punctuation (what comes
    # before them in the sentence frames j as well: "When asked ..., Trump said: '...,' the
    # Times reported")
    if not _only(text, head, start, frame):
        return False
    # i's content takes in j's content up to the tag (but for punctuation)
    return _only(text, start, tag, own)


def _only(text: str, a: int, b: int, spans: Sequence[Span]) -> bool:
    """Whether ``text[a:b]`` outside ``spans`` is only spaces and punctuation."""
    at = a
    for x, y in sorted(spans):
        if y <= at:
            continue
        if x > at and text[at : min(x, b)].strip(_GAP):
            return False
        at = max(at, y)
        if at >= b:
            return True
    return not text[at:b].strip(_GAP)


#: What may lie between a framed report's source, cue and content ("Officials said: '...'").
_GAP = " \n\t,;:-\u2013\u2014\"'\u201c\u201d\u2018\u2019()"

#: What may follow a tag to the end of a content (''..., the paper reported.'') and close a
#: quotation before the comma that sets a tag off (''"...," the judge ruled''); the profile's
#: closing tag (``profile._closing_tag``) reads the end of its sentence with it too.
TRAILING = " \n\t.,;:!?\"'”’)"
_QUOTES = "\"'”’"


def chains(
    parent: Sequence[int | None],
    source: Sequence[str | None],
    outlet_recipient: Sequence[str | None],
    relay: Sequence[int | None] | None = None,
    more_outlets: Sequence[Sequence[str]] | None = None,
    far: Sequence[bool] | None = None,
) -> list[list[str]]:
    """Source ids from each relation's source outward: own source, an outlet it told (and the
    other outlets of ``more_outlets``: a joint poll's other sponsors), then the parent's chain
    (for a relation with no parent, the chain of the one that ``relay`` says relays it: "she
    told him, according to the article"); repeats next to each other collapse ("the NYT
    reported" inside the NYT). A source the relation's outlet cites ("The Times, citing two
    officials, reported") stays out: a chain starts with the relation's own source. An outlet
    named elsewhere in the article (``far``: "The Post published the letter. ... In the letter,
    Smith wrote") is left out when the chain after it has it already."""
    memo: dict[int, list[str]] = {}

    def chain(i: int) -> list[str]:
        if i in memo:
            return memo[i]
        p = parent[i]
        if p is None and relay is not None:
            p = relay[i]
        outer = chain(p) if p is not None else []
        told = outlet_recipient[i]
        if far is not None and far[i] and told in outer:
            told = None
        own = [s for s in (source[i], told) if s]
        if more_outlets is not None:
            own.extend(more_outlets[i])
        full = own + outer
        out: list[str] = []
        for s in full:
            if not out or out[-1] != s:
                out.append(s)
        memo[i] = out
        return out

    return [chain(i) for i in range(len(parent))]


def recipient_span(
    doc: Doc, cue: Sequence[Span], is_outlet: Callable[[Token], bool]
) -> Span | None:
    """The one told, read off the cue verb when the extraction gave none: its object ("told
    the NYT", "warned Congress"), "said to X", "added to X", "in an interview with X", "in a
    statement (comments, remarks) to X", a participle's "Speaking to X, he said", the outlet
    of "said on X" (:func:`medium_outlet`; ``is_outlet`` tells an outlet's word), or a noun
    cue's own "to": "his comments to X that"; else a participle on the subject, "The official,
    speaking to the Journal, said"."""
    spoke: Token | None = None
    for a, b in cue:
        sp = doc.char_span(a, b, alignment_mode="expand")
        if sp is None:
            continue
        for verb in sp:
            if verb.pos_ == "NOUN" and verb.lemma_ in _REMARKS:
                obj = _to_object(verb, "with" if verb.lemma_ in _TALKS else "to")
                if obj is not None:
                    return _np(obj)
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in _RECIPIENT_VERBS:
                continue
            for c in verb.children:
                if c.dep_ in _OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON"):
                    if verb.lemma_ in _SPOKEN_TO:
                        continue  # "wrote a letter", "added a line": not the one told
                    return _np(c)
                if c.dep_ == "prep" and (
                    (c.lower_ == "to" and verb.lemma_ in _SPOKEN_TO)
                    or (c.lower_ == "with" and verb.lemma_ in _SPOKEN_WITH)
                ):
                    obj = _pobj(c)
                    if obj is None or (verb.lemma_ == "add" and not _someone(obj)):
                        continue
                    if verb.lemma_ in _SPOKEN_WITH and _infinitive(verb):
                        continue  # "told him to talk to Sessions", "willing to talk with X"
                    return _np(obj)
                if c.dep_ == "prep" and c.lower_ == "on":
                    obj = medium_outlet(verb, c, is_outlet)
                    if obj is not None:
                        return _np(obj)
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in _SPOKEN_WITH:
                    # "Speaking to CNN, the senator said": the one the speaker spoke to
                    obj = _to_object(c, "to") or _to_object(c, "with")
                    if obj is not None:
                        return _np(obj)
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and spoke is None:
                    spoke = _speaking_to(c)  # after the verb's own: "..., told reporters"
                if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                    noun = _pobj(c)
                    if noun is None:
                        continue
                    for p in noun.children:
                        if p.dep_ != "prep":
                            continue
                        if (p.lower_ == "with" and noun.lemma_ in _TALKS) or (
                            p.lower_ == "to" and noun.lemma_ in _REMARKS
                        ):
                            obj = _pobj(p)
                            if obj is not None:
                                return _np(obj)
    return _np(spoke) if spoke is not None else None


#: Nouns of those who hear a statement: "added to reporters".
_AUDIENCES = frozenset({"reporter", "journalist", "audience", "crowd", "supporter", "viewer"})


def _someone(obj: Token) -> bool:
    """Whether "add to" ``obj`` names someone told ("added to People", "added to reporters",
    "added to him"), not a thing added to ("added to the report", "To that, he added")."""
    if obj.pos_ == "PROPN" or obj.lemma_ in _AUDIENCES:
        return True
    if obj.pos_ == "PRON":  # "added to him"; not "To that, he added" (PolNeAR train)
        return obj.tag_ == "PRP" and obj.lower_ != "it"
    return obj.text[:1].isupper() and not obj.is_sent_start  # "People", tagged a noun


def _speaking_to(subject: Token) -> Token | None:
    """The one a subject's participle says it spoke to: "The official, speaking to the Journal
    on condition of anonymity, said" (the parse hangs "speaking" on the subject, not on the
    verb as in "Speaking to CNN, the senator said")."""
    for p in subject.rights:
        if p.dep_ == "acl" and p.tag_ == "VBG" and p.lemma_ in _SPOKEN_WITH:
            return _to_object(p, "to") or _to_object(p, "with")
    return None


#: Nouns of an interview: "in an interview with X", "during a conversation with X".
_INTERVIEWS = frozenset({"interview", "conversation"})
#: Prepositions on a participle of the medium that name the outlet that carried it, obtained
#: it or was given it: "an interview published in Le Parisien", "broadcast on Fox Business",
#: "a question obtained by the Times", "a memo leaked to the Post".
_CARRIER_PREPS = frozenset({"in", "on", "by", "to"})


def medium_outlet(verb: Token, prep: Token, is_outlet: Callable[[Token], bool]) -> Token | None:
    """The word naming the outlet that carried the words of the speech verb ``verb``, read
    off its preposition ``prep``: "on X" ("said on CNN", "said Sunday on NBC's \"Meet the
    Press\"": the possessor of the programme; ``verb`` one of the speech verbs of an
    appearance), "in (during) an interview with X" ("CNN's Wolf Blitzer": the possessor), "in a
    CNN interview", "in an interview on CNBC's Squawk Box" and
    "in an interview published in (broadcast on) X"; since a fourth audit of nested chains
    (2026-12-06) also a written medium an outlet obtained, carried or was given, a document's
    noun with a participle's "in", "on", "by" or "to": "In one question obtained by the
    Times, Mueller asks ...", "in a memo leaked to the Post" (the question is Mueller's, the
    Times relays it; Mueller's chain had left the Times out), not a medium about an outlet
    ("in a letter about the Times"). ``is_outlet`` tells whether a word is an outlet's (an
    outlet mention there: not "on Twitter", "on Sunday", "on the Senate floor", "an interview
    with her sister"). None when the phrase names no outlet.

    The one reading of an outlet in a cue's phrase. Its two callers put the outlet in two
    places, and must: :func:`recipient_span` reads "on X" only, and X is then the recipient,
    as "told CNN" makes it (the words were said to its audience, and the verb gives no one
    else told in the forms it reads first); ``sources._interviewer`` reads "in (during) an
    interview ...", and the outlet goes into the chain only, for the verb may have a one told
    of its own ("In an interview with Fox News, Macron warned Trump": the recipient is Trump)
    and "an interview with X" already makes X the recipient when X is the one told; the
    recipient is read before coreference, the chain's outlet after it."""
    word = prep.lower_
    if word == "on":
        if prep.dep_ != "prep" or verb.lemma_ not in _SPOKEN_ON:
            return None
        obj = _pobj(prep)
        if obj is None:
            return None
        # the possessor first: the network of its programme ('on CNN's "State of the Union"')
        return _outlet_word([*_possessors(obj), obj], is_outlet)
    if word not in ("in", "during"):
        return None
    noun = _pobj(prep)
    if noun is None:
        return None
    talk = noun.lemma_ in _INTERVIEWS
    if not talk and noun.lower_ not in lx.DOCUMENT_NOUNS:
        return None
    for p in noun.children:
        objs: list[Token] = []
        if talk and p.dep_ in ("compound", "poss"):
            # the interview's own name words ("in a CNN interview", "in a 1998 Playboy
            # interview", "in Fox's interview"; since a sixth audit of the profile, 2026-12-06)
            objs = [p]
        elif talk and p.dep_ == "prep" and p.lower_ in ("with", "on"):
            # "an interview on CNBC's Squawk Box" as "an interview with Fox News"
            objs = [c for c in p.children if c.dep_ == "pobj"]
        elif p.dep_ == "acl" and p.tag_ == "VBN":
            objs = [
                o
                for q in p.children
                if q.dep_ in ("prep", "agent") and q.lower_ in _CARRIER_PREPS
                for o in q.children
                if o.dep_ == "pobj"
            ]
        for obj in objs:
            found = _outlet_word(_name_words(obj), is_outlet)
            if found is not None:
                return found
    return None


def _outlet_word(words: Sequence[Token], is_outlet: Callable[[Token], bool]) -> Token | None:
    return next((w for w in words if is_outlet(w)), None)


def _name_words(obj: Token) -> list[Token]:
    """The words of the noun phrase ``obj`` that may name an outlet: its possessor, the noun,
    its compounds and apposition ("CNN's Wolf Blitzer", "Fox News Sunday"); not a phrase or
    clause after it ("the mayor, about The Post's report")."""
    words = [*_possessors(obj), obj]
    for c in obj.children:
        if c.dep_ in ("compound", "appos", "nmod", "amod"):
            words.extend(c.subtree)
    return words


def _possessors(obj: Token) -> list[Token]:
    """The words of ``obj``'s possessors ("CNN's" of 'CNN's "State of the Union"'): the
    network of a programme comes before the programme's own title, an outlet too."""
    return [w for c in obj.children if c.dep_ == "poss" for w in c.subtree]


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a "to" infinitive ("to talk with Mueller"): a talk to come, no
    speech that happened."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _to_object(word: Token, prep: str) -> Token | None:
    """The object of ``word``'s own ``prep`` phrase after it ("comments *to Fox News*")."""
    for c in word.children:
        if c.dep_ == "prep" and c.lower_ == prep and c.i > word.i:
            return _pobj(c)
    return None


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _np(tok: Token) -> Span:
    """The noun phrase of ``tok`` without relative clauses or appositions."""
    left = tok.left_edge
    right = tok
    for c in tok.rights:
        if c.dep_ in ("prep", "compound", "amod", "nummod") and c.i == right.i + 1:
            right = c.right_edge
        else:
            break
    return (left.idx, right.idx + len(right.text))
