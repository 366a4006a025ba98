"""Sources: turns attribution candidates into the record's typed, resolved ``sources`` and its
``attributions`` with ids, parents, recipients and chains.

Modules: :mod:`.mentions` (every name, outlet, pronoun and source-like nominal in the text),
:mod:`.lists` (the parse's lists of people and things),
:mod:`.coref` (mentions joined into entities), :mod:`.kinds` (kind, canonical name, title),
:mod:`.nesting` (parents, recipients, chains), :mod:`.lexicon` (word lists). The outlet registry
is :mod:`newsprov.analysis.outlets`. See ``docs/sources.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc, Token

from newsprov.analysis.attribution import Candidate
from newsprov.analysis.attribution.candidate import CITED_FOR
from newsprov.analysis.attribution.interview import interview_questions
from newsprov.analysis.doctext import doc_text
from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.coref import Entity, Resolver
from newsprov.analysis.sources.detection import SHOW
from newsprov.analysis.sources.kinds import entity_kind, entity_name, entity_title
from newsprov.analysis.sources.mentions import Mention, Mentions
from newsprov.analysis.sources.nesting import (
    chains,
    medium_outlet,
    nest_cited,
    parents,
    recipient_span,
)
from newsprov.record import Attribution, Source, Span


def _relative_cue(doc: Doc, cue: list[Span]) -> bool:
    """Is the cue's verb a relative clause's ("Donald Trump, who has called warming a hoax")?
    Such a clause describes its noun: its source is no speaker a later "he said" looks back to
    first ("Asked whether Trump, who has called ..., could win, Ban demurred. He said": he is
    Ban; a twelfth audit of unseen articles found the he given to Trump)."""
    for a, b in cue:
        sp = doc.char_span(a, b, alignment_mode="expand")
        if sp is not None and any(t.dep_ == "relcl" for t in sp):
            return True
    return False


def _cue_tokens(doc: Doc, cands: list[Candidate]) -> frozenset[int]:
    """The indexes of the tokens the candidates' cues cover."""
    out: set[int] = set()
    for c in cands:
        for start, end in c.cue:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
    return frozenset(out)


def _sentence_starts(doc: Doc) -> list[int]:
    """The offsets where the doc's sentences start, the first at 0."""
    rows = doc.to_array([IDX, SENT_START])[1:]
    # the rows' test over the array, no Python list of every word's pair made
    starts: list[int] = rows[rows[:, 1] == 1, 0].tolist()
    return [0, *starts]


def resolve(doc: Doc, candidates: list[Candidate]) -> tuple[list[Source], list[Attribution]]:
    """The record's sources and attributions for ``candidates`` found in ``doc``.

    Attributions get ids ``a1..`` in text order of their cues, sources ``s1..`` in text order
    of their first mention; only entities that are some attribution's source or recipient
    become sources, with every mention of them in the article.
    """
    cands = _without_orphans(sorted(candidates, key=_cue_order))
    mentions = Mentions(doc, _cue_tokens(doc, cands))
    cited = _cited_reports(cands)
    plain = [i for i in range(len(cands)) if cited[i] is None]
    inner = parents(  # a cited source's attribution takes no part: its parent is its report
        [cands[i].cue for i in plain],
        [cands[i].content for i in plain],
        [cands[i].source_mention for i in plain],
        mentions.text,
        _sentence_starts(doc),
    )
    parent: list[int | None] = [None] * len(cands)
    for i, p in zip(plain, inner, strict=True):
        parent[i] = plain[p] if p is not None else None
    nest_cited(parent, cited, [c.cue for c in cands], [c.content for c in cands])
    src: list[Mention | None] = []
    rcp: list[Mention | None] = []

    def outlet_word(t: Token) -> bool:
        """Whether ``t`` is a word of an outlet's mention, before coreference: a registry
        outlet's, or a programme's title ('on "Fox & Friends"'), which is of kind outlet."""
        m = mentions.of_token(t.i)
        return m is not None and (m.type == "outlet" or (m.type == "name" and m.label == SHOW))

    for c, p in zip(cands, parent, strict=True):
        sm = mentions.at(c.source_mention) if c.source_mention else None
        rspan = c.recipient_mention or recipient_span(doc, c.cue, outlet_word)
        rm = mentions.at(rspan) if rspan else None
        if rm is sm:
            rm = None
        for m, role in ((sm, "source"), (rm, "recipient")):
            if m is not None:
                m.role.add(role)
        if sm is not None:
            sm.reports.extend(c.content)
            if sm.named and c.source_mention and c.source_mention[1] > sm.start + len(sm.named):
                # a source span that takes in the clause after the name ("Several
                # superdelegates supporting Sanders said"): the clause names them there
                sm.named = ""
        if sm is not None and p is None and not _relative_cue(doc, c.cue):
            sm.role.add("speaker")  # the article's own report, not one inside someone's words
        src.append(sm)
        rcp.append(rm)

    quotations = [  # direct quotations and their speakers: "he" inside one is not its speaker
        (list(c.content), m)
        for c, m in zip(cands, src, strict=True)
        if m is not None and c.form in ("direct", "mixed")
    ]
    resolver = Resolver(mentions, quoted_speech(doc_text(doc), cands), quotations)
    resolver.run()
    src_entity = [_source_entity(resolver, mentions, m) for m in src]
    for i, c in enumerate(cands):  # an interview's "A": the interviewee of the introduction
        speaker = c.extra.get("speaker")
        m = src[i]
        if not isinstance(speaker, tuple) or m is None:
            continue
        who = _entity_of(resolver, mentions.at(speaker))
        if who is None:
            continue
        own = src_entity[i]
        if own is not None:
            who = resolver.merge(resolver.find(who.idx), resolver.find(own.idx))
        elif m.entity < 0:
            resolver.attach(m, who)
        src_entity[i] = who
    for i, you, who in _interviewer_you(doc, cands, src, mentions, resolver):
        if you.entity < 0:
            resolver.attach(you, who)
        src_entity[i] = who
    for i, you, who in _addressed_you(doc, cands, parent, src, rcp, src_entity, resolver):
        if you.entity < 0:
            resolver.attach(you, who)
        else:  # the "you" that stood for itself
            who = resolver.merge(resolver.find(who.idx), resolver.find(you.entity))
        src_entity[i] = who

    def quoting(i: int) -> int | None:
        """The attribution whose speaker an "I" or "me" of attribution ``i`` is: the nearest
        enclosing direct quotation ('"They told me they did not know what I meant," Hiller
        said': Hiller, not "they"), else the attribution that holds ``i``."""
        p = q = parent[i]
        while q is not None and cands[q].form not in ("direct", "mixed"):
            q = parent[q]
        return q if q is not None else p

    # the article's own first person, outside any quotation (an opinion column's "I", "we"):
    # one source for "I" and one for "we", not one per mention (an audit of unseen NewsWCL50
    # articles found a columnist's "I" as three sources and "we" as four)
    writer: dict[bool, Entity] = {}
    for i, m in enumerate(src):  # "I", "we": the speaker of the attribution that holds it
        if m is not None and m.type == "first":
            p = quoting(i)
            holder = src_entity[p] if p is not None else None
            if holder is not None:
                holder = _writer(resolver, mentions, holder) or holder
                resolver.attach(m, holder)
                src_entity[i] = holder
            elif m.entity < 0 and not resolver.in_quote(m.start):
                plural = m.word not in lx.FIRST_SINGULAR
                if plural in writer:
                    resolver.attach(m, writer[plural])
                    src_entity[i] = writer[plural]
                else:
                    src_entity[i] = writer[plural] = resolver.new(m)
            elif m.entity < 0:
                src_entity[i] = resolver.new(m)
            else:
                src_entity[i] = resolver.find(m.entity)
    for i, m in enumerate(rcp):  # "told me": the same speaker
        if m is not None and m.type == "first" and m.entity < 0:
            p = quoting(i)
            holder = src_entity[p] if p is not None else None
            if holder is not None:
                resolver.attach(m, holder)
    rcp_entity = [_entity_of(resolver, m) for m in rcp]
    # the last words of the article's person names: a plural of one is a family ("the Murdochs")
    surnames = frozenset(n[-1] for e in resolver.live() for n in e.names if len(n) > 1)
    kinds: dict[int, str] = {}  # each entity's kind, once: the resolution is final here

    def kind_of(e: Entity) -> str:
        e = resolver.find(e.idx)
        if e.idx not in kinds:
            kinds[e.idx] = e.fixed_kind or entity_kind(e, surnames)
        return kinds[e.idx]

    def interviewer(c: Candidate, p: int | None, elsewhere: bool = False) -> Entity | None:
        parent_source = cands[p].source_mention if p is not None else None
        return _interviewer(
            resolver, mentions, c.cue, kind_of, outlet_word, parent_source, elsewhere=elsewhere
        )

    # a poll several sponsors ran: a document of them all, each outlet among them relays it
    sponsors = [_sponsor_outlets(resolver, e, kind_of) if e is not None else [] for e in src_entity]
    via = [
        (sponsors[i][0] if sponsors[i] else None)
        or (
            _document_outlet(resolver, mentions, c.source_mention, e, kind_of)
            if c.source_mention and e is not None
            else None
        )
        or (
            _reporter_outlet(resolver, mentions, c.source_mention, e, kind_of, outlet_word)
            if c.source_mention and e is not None
            else None
        )
        or _quoter(resolver, mentions, c.cue, kind_of)
        or interviewer(c, p)
        for i, (c, e, p) in enumerate(zip(cands, src_entity, parent, strict=True))
    ]
    # else an outlet named with the document (the source, or the medium of the cue) elsewhere
    # in the article: dropped from the chain where the parent's chain has it already
    far = [
        None
        if v is not None
        else (
            _document_outlet(resolver, mentions, c.source_mention, e, kind_of, elsewhere=True)
            if c.source_mention and e is not None
            else None
        )
        or interviewer(c, p, elsewhere=True)
        for c, e, p, v in zip(cands, src_entity, parent, via, strict=True)
    ]

    used: dict[int, Entity] = {}
    for e in [*src_entity, *rcp_entity, *via, *far, *(o for s in sponsors for o in s[1:])]:
        if e is not None:
            e = resolver.find(e.idx)
            used[e.idx] = e
    ordered = sorted(used.values(), key=lambda e: e.first)
    sid = {e.idx: f"s{n}" for n, e in enumerate(ordered, 1)}
    text = mentions.text
    sources = [
        Source(
            id=sid[e.idx],
            name=entity_name(e, text),
            kind=kind_of(e),
            title=entity_title(e),
            mentions=_mention_spans(e, cands, src, resolver),
        )
        for e in ordered
    ]

    def ident(e: Entity | None) -> str | None:
        return sid[resolver.find(e.idx).idx] if e is not None else None

    source_ids = [ident(e) for e in src_entity]
    recipient_ids = [ident(e) for e in rcp_entity]
    outlets = {s.id for s in sources if s.kind == "outlet"}  # "told the Riverside Gazette"
    outlet_rcp = [
        r if r in outlets else ident(v or f)
        for r, v, f in zip(recipient_ids, via, far, strict=True)
    ]
    named_far = [
        r not in outlets and f is not None for r, f in zip(recipient_ids, far, strict=True)
    ]
    more = [[sid[o.idx] for o in s[1:]] for s in sponsors]  # the other sponsors' outlets
    chain = chains(parent, source_ids, outlet_rcp, _relays(cands, parent), more, named_far)
    atts = [
        Attribution(
            id=f"a{i + 1}",
            source=source_ids[i],
            source_spans=[c.source_mention] if c.source_mention else [],
            cue_spans=list(c.cue),
            content_spans=list(c.content),
            form=c.form,
            parent=f"a{parent[i] + 1}" if parent[i] is not None else None,  # type: ignore[operator]
            recipient=recipient_ids[i],
            chain=chain[i],
            evidence=c.evidence,
        )
        for i, c in enumerate(cands)
    ]
    return sources, atts


#: Prepositions that attach an outlet to a document it published, obtained or holds ("a report
#: published in The New York Times", "memos obtained by the Times", "a poll for Kathimerini",
#: "an interview with CNN"); not "as" of an example ("papers such as the Times"). Also "to" on a
#: participle, the outlet the document was given ("one of the queries supplied to the Times",
#: "memos leaked to the Post"; an audit of nested chains, 2026-12-05); not a noun's "to" ("a
#: letter to the Times").
_RELAY_PREPS = frozenset({"in", "by", "for", "with", "from"})


def _document_outlet(
    resolver: Resolver,
    mentions: Mentions,
    span: Span,
    e: Entity,
    kind_of: Callable[[Entity], str],
    elsewhere: bool = False,
) -> Entity | None:
    """The outlet that relays a document source, named in the source's own description ("a
    report published in The New York Times", "copies of the memos obtained by the Times", "the
    queries supplied to the Times"): the document stays the source, the outlet goes into its
    chain. The outlet is a preposition's object there, the preposition on the document's noun
    or on a participle of it ("to" on a participle only). Since a fifth audit of nested chains
    (2026-12-06) also an outlet named with another mention of the same document elsewhere in
    the article (:func:`_named_outlet`; ``elsewhere``: those only): "A report published by the
    Post found ... The report said"; "The Times obtained a list of the questions. ... The
    questions also touch on". None when there is none."""
    e = resolver.find(e.idx)
    if kind_of(e) != "document":
        return None
    if elsewhere:
        return _named_outlet(resolver, mentions, e, kind_of, span)
    return _outlet_in(resolver, mentions, span, e, kind_of)


def _named_outlet(
    resolver: Resolver,
    mentions: Mentions,
    e: Entity,
    kind_of: Callable[[Entity], str],
    skip: Span | None = None,
) -> Entity | None:
    """The outlet named with a mention of the document ``e`` other than ``skip``, the earliest
    first: in that mention's description (as :func:`_outlet_in` reads a source's), or as the
    subject of a verb that carried or obtained it ("The Washington Post obtained the memos",
    "The Times published a list of the questions"; :func:`_carrier`)."""
    e = resolver.find(e.idx)
    for m in sorted(e.mentions, key=lambda m: m.start):
        if skip is not None and (m.start, m.end) == tuple(skip):
            continue
        found = _outlet_in(resolver, mentions, (m.start, m.end), e, kind_of) or _carrier(
            resolver, mentions, m.head, e, kind_of
        )
        if found is not None:
            return found
    return None


#: Verbs whose subject, an outlet, relays the document that is their object: it published,
#: obtained, printed or aired it ("The Times obtained a list of the questions").
_CARRY_VERBS = frozenset(
    {"publish", "obtain", "print", "air", "broadcast", "post", "release", "acquire", "receive"}
)


#: Nouns of a copy or a set of a document, whose "of" names the document itself ("a list of the
#: questions", "copies of the memos"); not a part of it ("an excerpt of the book": the outlet
#: that released the excerpt did not carry the book).
_COPIES = frozenset({"list", "copy", "set", "batch", "cache", "trove", "collection", "packet"})


def _carrier(
    resolver: Resolver,
    mentions: Mentions,
    head: int,
    e: Entity | None,
    kind_of: Callable[[Entity], str],
) -> Entity | None:
    """The outlet subject of a verb of :data:`_CARRY_VERBS` whose object is the mention of
    document ``e`` with head word ``head``, or the noun that word is "of" ("The Times obtained a list of the questions",
    "the Post published copies of the memos"), or the "by" of the same verb in the passive
    ("the memos were obtained by the Post"); None when there is none, or no outlet."""
    doc = mentions.doc
    word = doc[head]
    holder = word.head.head
    if word.dep_ == "pobj" and word.head.lower_ == "of" and holder.lemma_ in _COPIES:
        word = holder  # "a list of the questions", "copies of the memos"
    verb = word.head
    if verb.lemma_ not in _CARRY_VERBS or verb.pos_ != "VERB":
        return None
    if word.dep_ == "dobj":
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
    elif word.dep_ == "nsubjpass":
        doers = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    else:
        return None
    for t in doers:
        om = mentions.of_token(t.i)
        other = _entity_of(resolver, om) if om is not None else None
        if other is None:
            continue
        other = resolver.find(other.idx)
        if (e is None or other is not resolver.find(e.idx)) and kind_of(other) == "outlet":
            return other
    return None


def _outlet_in(
    resolver: Resolver,
    mentions: Mentions,
    span: Span,
    e: Entity | None,
    kind_of: Callable[[Entity], str],
) -> Entity | None:
    """The outlet a preposition of :data:`_RELAY_PREPS` (or "to" on a participle) attaches to
    the document's noun or a participle of it inside ``span`` (see :func:`_document_outlet`)."""
    doc = mentions.doc
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None:
        return None
    seen: set[int] = set()
    for i in range(sp.start, sp.end):
        m = mentions.covered.get(i) or mentions.by_head.get(i)
        if m is None or id(m) in seen or m.type not in ("outlet", "name", "nominal"):
            continue
        if m.entity < 0 and m.type != "outlet":
            continue  # no entity made for a mention that would not be an outlet's
        seen.add(id(m))
        head = doc[m.head]
        prep = head.head
        if not (
            head.dep_ == "pobj"
            and (prep.lower_ in _RELAY_PREPS or (prep.lower_ == "to" and prep.head.tag_ == "VBN"))
            and sp.start <= prep.head.i < sp.end
            and prep.head.i != m.head
        ):
            continue
        other = _entity_of(resolver, m)
        if other is None or (e is not None and resolver.find(other.idx) is resolver.find(e.idx)):
            continue
        other = resolver.find(other.idx)
        if kind_of(other) == "outlet":
            return other
    return None


def _sponsor_outlets(
    resolver: Resolver,
    e: Entity,
    kind_of: Callable[[Entity], str],
) -> list[Entity]:
    """The outlets among the sponsors of a poll several sponsors ran, written before its noun
    in any of its mentions ("According to a University of Texas/Texas Tribune poll": the Texas
    Tribune; "an NBC News/Wall Street Journal poll": both; "the Wall Street Journal/NBC News
    poll that shows", whose source is the "that"), in text order: the poll is a document of
    them all, none its only speaker, and each outlet among them relays its figures, as the
    outlet a report was published in does (:func:`_document_outlet`). Empty for a poll of one
    sponsor ("a CNN poll": CNN's own report, the outlet its source)."""
    e = resolver.find(e.idx)
    if kind_of(e) != "document":
        return []
    out: list[Entity] = []
    for m in sorted(e.mentions, key=lambda m: m.start):
        for om in m.sponsors:
            other = _entity_of(resolver, om)
            if other is not None and kind_of(other) == "outlet":
                other = resolver.find(other.idx)
                if other not in out:
                    out.append(other)
    return out


def _reporter_outlet(
    resolver: Resolver,
    mentions: Mentions,
    span: Span,
    e: Entity,
    kind_of: Callable[[Entity], str],
    outlet_word: Callable[[Token], bool],
) -> Entity | None:
    """The outlet whose person a source is, named as the possessor of the source's own words
    ("The Washington Post's Robert Costa reported", "NBC's Dante Chinni wrote"): the outlet
    goes into the chain right after the person, as a document's outlet does (two audits of
    nested chains left the outlet out of such chains, 2026-12-05 and 2026-12-06). A person
    only: not "CNN's management" (the outlet's own body speaking for it), nor a programme
    ('CNN's "State of the Union"', of kind outlet itself)."""
    if kind_of(resolver.find(e.idx)) != "person":
        return None
    sp = mentions.doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None:
        return None
    for c in sp.root.children:
        # the possessor's own head word in an outlet's mention: not "The National" of "the
        # National Football League's Charlotte Panthers"
        if c.dep_ != "poss" or not sp.start <= c.i < sp.end:
            continue
        other = _outlet_of(resolver, mentions, kind_of, outlet_word, c)
        if other is not None and other is not resolver.find(e.idx):
            return other
    return None


def _outlet_of(
    resolver: Resolver,
    mentions: Mentions,
    kind_of: Callable[[Entity], str],
    outlet_word: Callable[[Token], bool],
    t: Token,
) -> Entity | None:
    """The outlet entity (its root) that word ``t`` names: a word of an outlet's mention
    (``outlet_word``) whose entity, after coreference, is of kind outlet; else None."""
    m = mentions.of_token(t.i)
    if m is None or not outlet_word(t):
        return None
    other = _entity_of(resolver, m)
    return resolver.find(other.idx) if other is not None and kind_of(other) == "outlet" else None


def _quoter(
    resolver: Resolver, mentions: Mentions, cue: list[Span], kind_of: Callable[[Entity], str]
) -> Entity | None:
    """The outlet that quotes the speaker of a cue "saying" in "X quoted him as saying" ('"...,"
    People quoted him as saying', where "quoted" is no attribution of its own): the outlet
    goes into the chain after the speaker, as an outlet told does. None when the subject of
    "quoted" is no outlet. Added after a second audit of the profile (2026-12-05)."""
    doc = mentions.doc
    for a, b in cue:
        sp = doc.char_span(a, b, alignment_mode="expand")
        for t in sp if sp is not None else ():
            prep = t.head
            verb = prep.head
            if not (t.tag_ == "VBG" and prep.lower_ == "as" and verb.lemma_ == "quote"):
                continue
            for c in verb.children:
                if c.dep_ != "nsubj":
                    continue
                m = mentions.of_token(c.i)
                if m is None or m.type != "outlet":
                    continue
                other = _entity_of(resolver, m)
                if other is not None:
                    other = resolver.find(other.idx)
                    if kind_of(other) == "outlet":
                        return other
    return None


def _interviewer(
    resolver: Resolver,
    mentions: Mentions,
    cue: list[Span],
    kind_of: Callable[[Entity], str],
    outlet_word: Callable[[Token], bool],
    parent_source: Span | None = None,
    elsewhere: bool = False,
) -> Entity | None:
    """The outlet of the interview a cue verb was spoken in ("In an interview with Fox News,
    Macron warned Trump not to ...": the one told is Trump, the outlet that relays him Fox
    News; "said in an interview published in Le Parisien"), when the cue's recipient is no
    outlet. The interview's outlet goes into the chain, as an outlet told does. None when the
    phrase names no outlet. Added after a fifth audit of the profile (2026-12-05). The phrase
    is read by :func:`~newsprov.analysis.sources.nesting.medium_outlet`, which also reads
    "said on CNN" for the recipient (why the two put the outlet in different places is said
    there), with the same test of an outlet's word, ``outlet_word``; here the mention's entity
    must be of kind outlet as well, known after coreference. Since a fourth audit of nested
    chains (2026-12-06) also a written medium an outlet obtained or was given ("In one question
    obtained by the Times, Mueller asks"); not a medium inside ``parent_source``, the source
    of the report that holds the cue ("In a poll conducted by the Times, 28 percent of voters
    said", where the poll's own report holds theirs and puts the Times in the chain)."""
    doc = mentions.doc

    def outlet(t: Token) -> Entity | None:
        return _outlet_of(resolver, mentions, kind_of, outlet_word, t)

    for a, b in cue:
        sp = doc.char_span(a, b, alignment_mode="expand")
        for verb in sp if sp is not None else ():
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for prep in verb.children:
                if prep.lower_ not in ("in", "during"):
                    continue
                if parent_source is not None and any(
                    parent_source[0] <= o.idx < parent_source[1]
                    for o in prep.children
                    if o.dep_ == "pobj"
                ):
                    continue  # the medium is the parent's source: its chain has the outlet
                if elsewhere:
                    other = _medium_named(resolver, mentions, prep, kind_of)
                else:
                    word = medium_outlet(verb, prep, lambda t: outlet(t) is not None)
                    other = outlet(word) if word is not None else None
                if other is not None:
                    return other
    return None


def _medium_named(
    resolver: Resolver, mentions: Mentions, prep: Token, kind_of: Callable[[Entity], str]
) -> Entity | None:
    """The outlet named elsewhere in the article with the document a cue's "in" (or "during")
    names ("Smith wrote an op-ed for the Times ... In the op-ed, Smith wrote": the Times; see
    :func:`_named_outlet`), when the phrase itself names none; None when the medium is no
    document's mention."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None:
        return None
    doc = noun.doc
    word = noun.lower_
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
        word = doc[noun.i - 2 : noun.i + 1].text.lower()  # "op-ed", which the parse splits
    if word not in lx.DOCUMENT_NOUNS:
        return None
    m = mentions.of_token(noun.i)
    if m is not None:
        e = _entity_of(resolver, m)
        if e is None or kind_of(resolver.find(e.idx)) != "document":
            return None
        return _named_outlet(resolver, mentions, e, kind_of)
    # a noun no mention was made of ("op-ed", which the parse splits): its last mention before,
    # the same word after "the" ("Smith wrote an op-ed for the Times. In the op-ed, ...")
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    for t in reversed(doc[: noun.i - 2]):
        if t.lower_ == noun.lower_ and t.pos_ in ("NOUN", "PROPN"):
            if doc[t.left_edge.i : t.i + 1].text.lower().endswith(word):
                sub = doc[t.left_edge.i : t.right_edge.i + 1]
                span = (sub.start_char, sub.end_char)
                return _outlet_in(resolver, mentions, span, None, kind_of) or _carrier(
                    resolver, mentions, t.i, None, kind_of
                )
    return None


def _cited_reports(cands: list[Candidate]) -> list[int | None]:
    """For each attribution of a cited source (:mod:`newsprov.analysis.attribution.cited`),
    the index of the report it is cited for (the other attribution with that cue), else
    None."""
    out: list[int | None] = [None] * len(cands)
    marked = [i for i, c in enumerate(cands) if CITED_FOR in c.extra]
    if not marked:
        return out
    by_cue = {tuple(c.cue): i for i, c in enumerate(cands) if CITED_FOR not in c.extra}
    for i in marked:
        key = cands[i].extra[CITED_FOR]
        out[i] = by_cue.get(key) if isinstance(key, tuple) else None
    return out


def _without_orphans(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the attributions of cited sources whose report is not among them:
    nested in nothing, such a one would stand as the article's own report."""
    cited = _cited_reports(cands)
    if all(r is not None or CITED_FOR not in c.extra for c, r in zip(cands, cited, strict=True)):
        return cands
    return [
        c for c, r in zip(cands, cited, strict=True) if r is not None or CITED_FOR not in c.extra
    ]


def _relays(cands: list[Candidate], parent: list[int | None]) -> list[int | None]:
    """For each attribution with no parent, the "according to" attribution after its cue that
    relays it, else None: one with no parent of its own whose content is the same or holds the
    cue ('"We could ...," she told her father, according to the magazine's article': the
    article relays her words; a parent it is not when its content is no larger)."""
    relayers = [
        j
        for j, c in enumerate(cands)
        if c.form == "according-to" and c.content and c.cue and parent[j] is None
    ]
    out: list[int | None] = [None] * len(cands)
    if not relayers:
        return out
    for i, c in enumerate(cands):
        if parent[i] is not None or c.form == "according-to" or not c.cue:
            continue
        end = max(b for _, b in c.cue)
        for j in relayers:
            r = cands[j]
            if min(a for a, _ in r.cue) < end:
                continue
            if list(r.content) == list(c.content) or all(
                any(a <= x and y <= b for a, b in r.content) for x, y in c.cue
            ):
                out[i] = j
                break
    return out


#: A quoted passage of four or more words inside one paragraph (straight or typographic marks):
#: an opening mark before a word, a closing one after it, so that a quotation whose opening
#: mark the article dropped does not pair its closing mark with the next quotation's opening
#: one and make the narrative between quoted speech ('... before," Trump said during a meeting.
#: "You can ...': a third audit of unseen articles found the "he" after it left unresolved).
_QUOTED = re.compile(r"[“\"«](?!\s)([^“”\"«»\n]{1,3000}?)(?<!\s)[”\"»]")


def quoted_speech(text: str, cands: list[Candidate]) -> list[Span]:
    """The article's quoted speech: direct attributions' content and quoted passages of four
    or more words (shorter ones are titles or scare quotes, part of the narrative)."""
    spans = [s for c in cands if c.form == "direct" for s in c.content]
    spans += [m.span() for m in _QUOTED.finditer(text) if len(m.group(1).split()) > 3]
    return sorted(spans)


def _cue_order(c: Candidate) -> tuple[int, int]:
    spans = c.cue or c.content or ([c.source_mention] if c.source_mention else [(0, 0)])
    return min(spans)


def _interviewer_you(
    doc: Doc,
    cands: list[Candidate],
    src: list[Mention | None],
    mentions: Mentions,
    resolver: Resolver,
) -> list[tuple[int, Mention, Entity]]:
    """``(i, you, interviewee)`` for each attribution ``i`` whose source is the interviewer's "you"
    in a question of an interview with one person ("Q: You said yesterday that ...", "Q: Do
    you think ...?": the one interviewed, where the ``A:`` lines are theirs). Not a "you" in
    an answer (the interviewee's, to the interviewer), in a quotation the question quotes,
    "you two" or "you guys", or a generic "you know", "you never know" (see
    :func:`interview.interview_questions` for the interview read)."""
    text = mentions.text
    asked = interview_questions(doc, text)
    if asked is None:
        return []
    speaker, questions = asked
    who: Entity | None = None
    out = []
    for i, m in enumerate(src):
        if m is None or m.text.lower() != "you" or resolver.in_quote(m.start):
            continue
        line = next(((a, b) for a, b in questions if a <= m.start < b), None)
        if line is None or _quoted_before(text[line[0] : m.start]):
            continue
        if _generic_you(doc, cands[i].cue):
            continue
        who = who or _entity_of(resolver, mentions.at(speaker))
        if who is None:
            return []
        out.append((i, m, who))
    return out


#: Verbs by which a speaker puts words to someone ("a young woman asked Mrs. Clinton about
#: ..."): the one a "you" of the speaker's next quotation is.
_ADDRESSING = frozenset({"ask", "tell", "question", "confront", "press", "challenge"})


def _addressed_you(
    doc: Doc,
    cands: list[Candidate],
    parent: list[int | None],
    src: list[Mention | None],
    rcp: list[Mention | None],
    src_entity: list[Entity | None],
    resolver: Resolver,
) -> list[tuple[int, Mention, Entity]]:
    """``(i, you, hearer)`` for each attribution ``i`` whose source is a "you" inside a direct
    quotation that its speaker says to one person: the quotation's recipient ("... ," she told
    Ann Lee), else the one person the speaker "asked" or "told" in the sentence before it
    ("a young woman asked Mrs. Clinton about ... '"You say that all rape victims should be
    believed," the woman said': Mrs. Clinton; the thirtieth audit of unseen articles found the
    source "You", unknown). Not a generic "you know", not "you" of a speaker who addresses no
    one or two people, nor a speaker with no entity."""
    out = []
    for i, m in enumerate(src):
        if m is None or m.text.lower() != "you":
            continue
        if m.entity >= 0 and len(resolver.find(m.entity).mentions) > 1:
            continue  # a "you" resolved already
        q = parent[i]
        if q is None or cands[q].form not in ("direct", "mixed") or _generic_you(doc, cands[i].cue):
            continue
        speaker = src_entity[q]
        if speaker is None:
            continue
        speaker = resolver.find(speaker.idx)
        hearers = _hearers(doc, cands[q], rcp[q], speaker, resolver)
        if len(hearers) == 1:
            out.append((i, m, next(iter(hearers.values()))))
    return out


def _hearers(
    doc: Doc, quote: Candidate, rm: Mention | None, speaker: Entity, resolver: Resolver
) -> dict[int, Entity]:
    """The people ``speaker`` says the quotation ``quote`` to: its recipient, else the objects
    of "ask", "tell" ... whose subject is the speaker in the sentence before the quotation."""

    def person(m: Mention | None) -> Entity | None:
        if m is None or m.entity < 0:
            return None
        e = resolver.find(m.entity)
        ok = "PERSON" in e.labels and e.number == "s" and e.idx != speaker.idx
        return e if ok else None

    if rm is not None:
        e = person(rm)
        return {e.idx: e} if e is not None else {}
    start = min(a for a, _ in quote.content) if quote.content else None
    if start is None:
        return {}
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None:
        return {}
    sent = tok[0].sent
    if sent.start == 0:
        return {}
    before = doc[sent.start - 1].sent
    found: dict[int, Entity] = {}
    for verb in before:
        if verb.lemma_.lower() not in _ADDRESSING or verb.pos_ != "VERB":
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        mentions = resolver.mentions
        if not any(
            (sm := mentions.by_head.get(c.i)) is not None
            and sm.entity >= 0
            and resolver.find(sm.entity).idx == speaker.idx
            for c in subj
        ):
            continue
        for c in objs:
            if any(g.dep_ == "conj" for g in c.children):
                return {}  # "asked Mrs. Clinton and Mr. Sanders": two people
            e = person(mentions.by_head.get(c.i))
            if e is not None:
                found[e.idx] = e
    return found


def _quoted_before(stretch: str) -> bool:
    """Does a quotation opened in ``stretch`` stay open at its end?"""
    return stretch.count("“") > stretch.count("”") or stretch.count('"') % 2 == 1


def _generic_you(doc: Doc, cue: list[Span]) -> bool:
    """Is the cue "you know" or "you never know", said of nobody in particular? "Do you know
    whether ...", with a clause, asks the one addressed."""
    for a, b in cue:
        sp = doc.char_span(a, b, alignment_mode="expand")
        for t in sp if sp is not None else ():
            if t.lemma_ != "know":
                continue
            deps = {c.dep_ for c in t.children}
            if any(c.lower_ == "never" for c in t.children) or not deps & _KNOWN:
                return True
    return False


#: The dependents of a "know" that asks something: "Do you know whether (what) ...".
_KNOWN = frozenset({"ccomp", "dobj", "obj", "xcomp", "advcl"})


def _entity_of(resolver: Resolver, m: Mention | None) -> Entity | None:
    if m is None:
        return None
    if m.entity < 0:
        resolver.new(m)  # a pronoun with no antecedent in reach stands for itself
    return resolver.find(m.entity)


#: Verbs whose passive agent is a document's writer ("The email was sent by Jeremy Bash"),
#: written for a tenth audit of unseen articles.
_WRITING = frozenset({"send", "write", "sign", "author", "draft", "pen"})
#: Verbs of "X said in a statement": X is the statement's issuer (an eleventh audit).
_ISSUING = frozenset({"say", "announce", "write", "respond", "reply"})


def _writer(resolver: Resolver, mentions: Mentions, holder: Entity) -> Entity | None:
    """The person a document that quotes a first person was written by, when the text says so
    by a passive with an agent ("The email ... was sent ... by Chief of Staff Jeremy Bash"):
    the "we" of its quotation is the writer's, not the email's (a tenth audit of unseen
    articles had three such "we" given to the email). None when no mention of ``holder`` is a
    document's noun so written."""
    doc = mentions.doc
    for x in holder.mentions:
        if x.type != "nominal" or x.lemma not in lx.DOCUMENT_NOUNS:
            continue
        tok = doc[x.head]
        if (issuer := _issuer(resolver, mentions, tok)) is not None:
            return issuer
        if tok.dep_ != "nsubjpass" or tok.head.lemma_.lower() not in _WRITING:
            continue
        agents = [n for a in tok.head.children if a.dep_ == "agent" for n in a.children]
        writer = _named_among(
            resolver,
            mentions,
            [n for n in agents if n.dep_ == "pobj"],
            lambda m: m.type == "name" and m.label == "PERSON",
        )
        if writer is not None:
            return writer
    return None


def _named_among(
    resolver: Resolver, mentions: Mentions, toks: list[Token], ok: Callable[[Mention], bool]
) -> Entity | None:
    """The entity of the first of ``toks`` whose mention is resolved and passes ``ok``."""
    for n in toks:
        m = mentions.of_token(n.i)
        if m is not None and m.entity >= 0 and ok(m):
            return resolver.find(m.entity)
    return None


def _issuer(resolver: Resolver, mentions: Mentions, tok: Token) -> Entity | None:
    """The one who "said in a statement" (``tok`` the statement): "Fox News said in a
    statement ... The statement said: 'We explained ...'" gives the "we" to Fox News (an
    eleventh audit of unseen articles had it given to the statement). The speaker must be a
    name; a pronoun's or a description's is left as it was."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_.lower() not in _ISSUING:
        return None
    return _named_among(
        resolver,
        mentions,
        [n for n in prep.head.children if n.dep_ == "nsubj"],
        lambda m: m.type in ("name", "outlet"),
    )


def _source_entity(resolver: Resolver, mentions: Mentions, m: Mention | None) -> Entity | None:
    """The entity an attribution's source mention stands for; coordinated mentions ("O'Brien
    and Pompeo") are their group, roles joined before one name are that person."""
    if m is None or m.type == "first":
        return None
    if (
        m.type == "name"
        and m.label == "NORP"
        and m.appos_of is not None
        and m.head > 0
        and mentions.doc[m.head - 1].lower_ in ("a", "an")
    ):
        # "Trump, a Republican, wrote": the person the party's member is apposed to (a third
        # audit of unseen articles found the source "Republican", of unknown name)
        other = mentions.by_head.get(m.appos_of)
        if other is not None and other.type == "name" and other.label == "PERSON":
            return _entity_of(resolver, other)
    group = mentions.groups.get(m.head)
    if group is not None:
        return resolver.find(group.entity)
    return _entity_of(resolver, mentions.named_roles.get(m.head, m))


def _mention_spans(
    e: Entity, cands: list[Candidate], src: list[Mention | None], resolver: Resolver
) -> list[Span]:
    spans = {m.span for m in e.mentions}
    for c, m in zip(cands, src, strict=True):
        if c.source_mention is None or m is None or m.entity < 0:
            continue
        if resolver.find(m.entity).idx != e.idx:
            continue
        a, b = c.source_mention
        if not any(a <= x and y <= b for x, y in spans):
            spans.add((a, b))
    return sorted(spans)


__all__ = ["resolve"]
