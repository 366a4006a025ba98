"""The verb cue family: each verb the lexicon accepts in its frame (:mod:`.verbs`) becomes a
candidate, with its source (:mod:`.subjects`, :mod:`.mention`) and content. Also what decides
which verbs are no report (sentence-opening idioms, labels, fillers, hyphenated participles,
``to``-infinitives of nouns, non-finite verbs naming nobody, raising verbs, deeds to be done:
"will sign the bill"), which verbs join the cue (a controlling verb, "go on to", "began by
saying", a light verb's object, "issued a statement saying"), the verbs that introduce a
quotation with a colon or follow one as its speech tag, and a quotation inside a verb's object.
"""

from __future__ import annotations

import re

from spacy.parts_of_speech import VERB
from spacy.tokens import Token

from newsprov.analysis.attribution import lexicon, mood, nouns
from newsprov.analysis.attribution.acceptance import context_of
from newsprov.analysis.attribution.candidate import Candidate
from newsprov.analysis.attribution.grammar import (
    CONTENT_PREPS,
    CUE_TIMES,
    RECIPIENT_VERBS,
    on_channel_noun,
    prep_object,
    subject_class,
    time_phrase,
)
from newsprov.analysis.attribution.mention import (
    source_ids,
)
from newsprov.analysis.attribution.scan import (
    Scan,
    content_spans,
    form_of,
    one_span,
)
from newsprov.analysis.attribution.spans import (
    char_spans,
    participle_after_quote,
    quotation_goes_on,
    subtree_ids,
    token_at,
    trailing_aside,
    union_spans,
)
from newsprov.analysis.attribution.subjects import (
    source_of,
)
from newsprov.analysis.attribution.verbs import (
    VerbFrame,
    frame_of,
    particle,
    side_taken,
)
from newsprov.analysis.sources import lexicon as slx


def verb_candidates(scan: Scan) -> None:
    """Reporting verbs (:mod:`.verbs` frames the lexicon accepts)."""
    found = _verb_frames(scan)
    cue_verbs = {v.i for v, *_, accepted in found if accepted}
    # "issued a statement saying X": one cue from the verb to the gerund (the verb's own
    # candidate, content "saying X", gives way)
    merged: dict[int, int] = {}
    for v, *_rest in found:
        issuer = _issued_by(v)
        if issuer is None and not scan.mine:  # after the lexicon's decision only
            issuer = _issuer_of_relative(v)
        if issuer is not None and v.i in cue_verbs:
            merged[v.i] = issuer.i
    skip = set(merged.values())
    # an act a reporting verb governs is its content (a raising verb reports nobody's act:
    # "seemed to blame" keeps "blame")
    reporters = {i for i in cue_verbs if scan.doc[i].lemma_.lower() not in RAISING}
    skip |= {v.i for v, fr, *_ in found if mood.under_cue(v, fr.name, reporters)}
    if not scan.mine:  # after the lexicon's decision only (in mining too, split H fell)
        # a "that" clause whose holder is a cue of its own is already in its content
        skip |= {v.i for v, fr, _, src, *_ in found if _held_by_cue(v, fr.name, src, cue_verbs)}
        skip |= {v.i for v, fr, *_ in found if _quoted_plan(v, fr.name, reporters)}
        # a second infinitive of a plan or a purpose: no more performed than the first
        skip |= {v.i for v, fr, *_ in found if _unperformed_conjunct(v, fr.name)}
        # a clause after "over" handed to a verb that is a cue of its own is already in that
        # verb's content ("criticized the governor over how he would ..."): no second cue
        skip |= {v.i for v, fr, *_ in found if _handed_to_cue(v, fr.name, cue_verbs)}
    for item in found:
        v, fr, lemma, src = item[:4]
        if v.i in skip:
            continue
        if v.i in merged:
            fr.cue |= {t.i for t in scan.doc[merged[v.i] : v.i] if not t.is_punct}
            if v.dep_ == "relcl":  # "released a video that said": who released it says it
                item = (v, fr, lemma, source_of(scan.doc[merged[v.i]], False, scan.qx), *item[4:])
        gov = _controlling_verb(v)
        if gov is not None and (gov.i not in cue_verbs or gov.lemma_.lower() in RAISING):
            # a raising verb is no cue of its own when it governs one: it gives way (below)
            # and joins that verb's cue ("seemed to blame"; train CV, split A / H: cue token
            # +0.0004 / +0.0004, strict +0.0004 / +0.0004, content token -0.0001 / -0.0001)
            fr.cue |= {t.i for t in scan.doc[_group_start(gov) : v.i] if not t.is_punct}
        if src is None and lemma in RAISING and fr.name in ("xcomp", "acomp"):
            if any(c.dep_ == "xcomp" and c.i in cue_verbs for c in v.children):
                continue  # "the Republican seemed to confirm ...": the inner verb is the cue
        cand = _verb_candidate(scan, item)
        if cand.content and cand.cue:
            scan.out.append(cand)


def _verb_frames(scan: Scan) -> list[Found]:
    """Each verb with a frame, its source token and subject class, and whether the lexicon
    accepts it (only accepted ones unless mining); accepted frames claim their quotes."""
    doc, lex = scan.doc, scan.lex
    found: list[Found] = []
    colon_verbs = {} if scan.mine else _colon_verbs(scan)
    tag_verbs = {} if scan.mine else _tag_verbs(scan)
    for vi in sorted(set(scan.tokens(VERB, lex.lemma_hashes)) | colon_verbs.keys()):
        v = doc[vi]
        if not v.is_alpha or _idiom(v) or _compound_adjective(v) or _filler(v):
            continue
        if _noun_infinitive(v):
            continue  # "a chance to back the mayor", "no plans to endorse": nobody reports
        fr = frame_of(doc, v, scan.qx, scan.taken, occasion=not scan.mine)
        if fr is None:
            continue
        lemma = v.lemma_.lower()
        passive = fr.name.endswith("-pass")
        src = source_of(v, passive, scan.qx)
        if src is None and _nonfinite(v) and not _QUOTED.intersection(fr.name.split("-")):
            if not passive and lemma not in RAISING:
                continue  # "by saying ...", "to say ... would be" with nobody named
        if fr.name == "subj-pass" and _person_done_to(v):
            continue  # "he was fired", "Suu Kyi was released": a deed done to someone
        if mood.foreseen(v, fr.name):
            continue  # "news that the caucus would endorse Clinton": an act foreseen
        if not scan.mine and mood.asked(scan.text, v, fr.name):
            continue  # "Do you support Donald Trump?": an act asked about
        if mood.topic_clause(v, fr.name):
            continue  # "refrained from attacking his rivals": an act held back, a topic
        if _permission(v, fr.name, lemma):
            continue  # "a loophole that allows some buyers to skip background checks"
        if lemma in RAISING and fr.name == "acomp" and _bare_adjective(v):
            continue  # "it seems unlikely", "the senator appeared ready"
        if src is None and not passive and _subjectless_act(v, fr.name, lemma):
            continue  # "opposed his trade deal", its subject lost by the parse; "See photos"
        if (
            src is not None
            and src.lower_ == "it"
            and (src.dep_ == "expl" or lemma in RAISING or _infinitive(v))
        ):
            src = None  # "it seems that ...", "it is easy to criticize ...": nobody is named
        elif src is not None and lemma in RAISING and fr.name in ("xcomp", "acomp"):
            # "The speaker appeared closer to ...", "Both objections seemed to carry little
            # weight": the subject is what the impression is about, not who holds it (PolNeAR
            # annotates such evidentials without a source, the subject inside the content).
            fr.content |= subtree_ids(src)
            src = None
        if lemma in EVIDENCE_VERBS and thing(src):
            continue  # "the controversy underscores concerns about ...": no one reports
        if not scan.mine and fr.name == "dobj" and thing(antecedent(src)):
            # "a plan that opposes the rule", "a level of funding that will not support ...":
            # a thing reports nothing (split A of train CV: 6 matched in 29, cue words gold
            # 0.29; train CV split A / H lenient +0.00040 / +0.00039, cue token +0.00005 /
            # +0.00008, source token +0.00007 / +0.00007, content token -0.00017 / -0.00013)
            continue
        sclass = subject_class(src)
        # the word of dispute a clause is handed to ("clashed over how to release ..."), read
        # once: it decides with the estimate alone, spares a deed, and takes the cue below
        gov = None if scan.mine else mood.dispute_head(v, fr.name)
        ctx = None
        if scan.mine or lex.model is not None:  # the learned acceptance reads the context
            ctx = scan.context[v.i] = context_of(v, fr.content, bool(fr.quotes), src)
        if not scan.mine and ctx is not None and _hand_decided(scan, v, fr, lemma, gov):
            ctx = None  # the estimate decides, the hand rules before the model
        accepted = lex.accepts(lemma, fr.name, sclass, fr.object_lemma, ctx)
        if not scan.mine and _time_object(v, fr):
            accepted = False  # "spoke for an hour": a time, no topic
        if not accepted and not scan.mine:  # "pointed out that", ""...," she went on"
            accepted = lex.accepts_particle(f"{lemma}|{fr.name}", particle(v), sclass)
        if not accepted and not scan.mine and fr.name.startswith("prep:"):
            # "came out against the tax", "lined up behind Clinton": a side taken is a stance
            # whatever the verb ("come", "line"); after the lexicon's decision only. Train CV
            # A / H lenient +0.00026 / +0.00019, cue token +0.00093 / +0.00077, every figure up
            # on both splits; leaving out a thing's subject ("the phone came out in support
            # of ...") lost a relation on split A (2026-12-05)
            accepted = any(
                c.i in fr.cue and side_taken(v, c) is not None
                for c in v.children
                if c.dep_ == "prep"
            )
        if not accepted and not scan.mine and _quoted_object(lex, fr, lemma, sclass):
            accepted = True
        if (
            not accepted
            and fr.name == "quote"
            and (colon_verbs.get(vi) in fr.quotes or tag_verbs.get(vi) in fr.quotes)
            and lemma not in lexicon.ACTION_VERBS
        ):
            accepted = True
        if not accepted and not scan.mine:
            continue
        if not scan.mine and _deed(v, fr.name, lemma) and gov is None:
            continue  # "to release the emails", "will sign the bill": a deed to be done
        if accepted:
            scan.taken.update(fr.quotes)
            scan.taken.update(fr.titles)
        if fr.obj is not None and lex.by_object(lemma, fr.name, fr.object_lemma):
            _object_to_cue(fr, v)
        if gov is not None:  # after the lexicon's decision only, the lexicon mined as before
            src = hand_to_dispute(scan, v, fr, gov)
        if not scan.mine and gov is None and mood.held_clause(v, fr.name, src):
            # "repeated that China opposed hacking": the act is what the holder says (after
            # the lexicon's decision only; the lexicon mined as before)
            holder = mood.clause_head(v).head
            if holder.pos_ != "VERB" or mood.clause_head(v).i != v.i:
                continue  # "accusations that Rubio recites ...", "confident that she knows"
            if holder.lemma_.lower() in _RELATION_HOLDERS:
                continue  # "The new rule means that the city releases ...": nobody's report
            src = _hand_to_holder(scan, v, fr, holder)
            sclass = subject_class(src)
        if not scan.mine and src is None and gov is None and _unheld_topic(v, fr.name):
            continue  # "Looking for new donors, ...", "STICKING TO CLASSICS": nobody's report
        found.append((v, fr, lemma, src, sclass, accepted))
    return found


#: Dependents of a noun of dispute that join its cue ("a fresh debate over", "the
#: disagreement over").
_DISPUTE_NOUN_WORDS = frozenset("det amod compound".split())
#: Dependents of a verb of dispute that join its cue ("had sparred over", "did not argue
#: again over").
_DISPUTE_VERB_WORDS = frozenset("aux auxpass neg advmod".split())


#: An editor's note opening a line ("Correction: An earlier version of this story misstated
#: ..."): the paper's note on its own story, not the story's first sentence.
_EDITOR_NOTE = re.compile(r"\s*(corrections?|clarifications?|editor'?s note)\s*:", re.I)


def _time_object(v: Token, fr: VerbFrame) -> bool:
    """A prepositional frame whose object is a time ("spoke for an hour", "asked on Monday",
    :func:`~.nouns.when`): when or how long, not what is said or thought about, so no cue
    whatever the lexicon or the learned acceptance says (the model took both examples on a
    report's context). After the frame is built, not while mining."""
    if not fr.name.startswith("prep:"):
        return False
    prep = next((c for c in v.children if c.dep_ == "prep" and c.i in fr.cue), None)
    pobj = None if prep is None else prep_object(prep)
    return pobj is not None and nouns.when(pobj)


def _hand_decided(scan: Scan, v: Token, fr: VerbFrame, lemma: str, gov: Token | None) -> bool:
    """A frame that a rule decides on grounds of English, so that the lexicon's estimate
    decides it as without the learned acceptance (the caller leaves the model's context out),
    the hand rules before the model as :data:`~.lexicon.ACTION_VERBS` are: a clause handed to
    a word of dispute (``gov``, :func:`~.mood.dispute_head`: "clashed over how to release the
    data"), whose own verb the model reads as a report of its own (a bare verb, a modal, a short
    object) where the rule makes the governing word the cue; a bare verb of a deed with a
    particle and an object ("will lay out her plan"), which :func:`_deed` leaves a report
    while the model's weight on a modal's bare verb would turn it down; and a line that opens
    with an editor's note (:data:`_EDITOR_NOTE`), whose first sentence is no lead. With
    :func:`_time_object`, train CV (split A / H, 2026-12-05) against the model alone: lenient
    +0.00004 / +0.00002, strict +0.00002 / +0.00007, source token +0.00010 / +0.00000, cue
    and content token within 0.00001 (history)."""
    if gov is not None:
        return True
    if fr.name == "dobj" and v.tag_ == "VB" and lemma in lexicon.DEED_VERBS and particle(v):
        return True
    return _EDITOR_NOTE.match(scan.text, scan.text.rfind("\n", 0, v.idx) + 1) is not None


def _handed_to_cue(v: Token, frame: str, cue_verbs: set[int]) -> bool:
    """``v``'s clause went to the word "over" hangs on (:func:`hand_to_dispute`), and that word
    is a cue verb of its own."""
    gov = mood.dispute_head(v, frame)
    return gov is not None and gov.i in cue_verbs


def hand_to_dispute(scan: Scan, v: Token, fr: VerbFrame, gov: Token) -> Token | None:
    """Make ``gov`` (:func:`~.mood.dispute_head`) with "over" the cue of ``v``'s frame and
    ``v``'s clause its content; the source, returned, is the verb's subject (none for a
    passive, whose challenger is unnamed) or the noun's possessor. The candidate's own verb
    ("release" in "clashed over how to release the data") is no report; dropping it left the
    governing verb's source and content to nobody. After the lexicon's decision only. Train CV
    A / H: cue token +0.00018 / +0.00018, lenient +0.00011 / +0.00011, source token +0.00003
    / +0.00003, content token +0.00003 / +0.00003, strict level; dev unchanged (history,
    2026-12-05, morning)."""
    prep = v.head
    words = _DISPUTE_NOUN_WORDS if gov.pos_ == "NOUN" else _DISPUTE_VERB_WORDS
    fr.cue = {gov.i, prep.i} | {
        c.i for c in gov.children if c.dep_ in words and c.i < prep.i and not c.is_punct
    }
    fr.content = subtree_ids(v)
    fr.obj = None
    if gov.pos_ == "NOUN":
        return next((c for c in gov.children if c.dep_ == "poss"), None)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in gov.children):
        return None
    return source_of(gov, False, scan.qx)


def _held_by_cue(v: Token, frame: str, src: Token | None, cue_verbs: set[int]) -> bool:
    """``v`` heads a held clause (:func:`~.mood.held_clause`) whose holder is a cue verb of
    its own: the holder's candidate reports the clause, no second cue."""
    return mood.held_clause(v, frame, src) and mood.clause_head(v).head.i in cue_verbs


#: Verbs of relation that hold a clause and report nothing ("The new rule means that the city
#: releases its budget"): the clause a candidate of theirs would hand them
#: (:func:`_hand_to_holder`) is no one's report, and the candidate is dropped. "mean" only:
#: train CV A / H, every figure up on both splits by one relation (lenient +0.00002 / +0.00002,
#: strict +0.00002 / +0.00002, source token +0.00001 / +0.00001, content token +0.000004 /
#: +0.000004); the list "mean require ensure matter depend guarantee", measured the same day
#: before, lowered lenient or source token on a split (history, 2026-12-06, session 53).
_RELATION_HOLDERS = frozenset(("mean",))


def _hand_to_holder(scan: Scan, v: Token, fr: VerbFrame, holder: Token) -> Token | None:
    """Make the verb ``holder`` (with its auxiliaries, negation and adverbs before the clause)
    the cue of ``v``'s frame and ``v``'s clause, "that" included, its content; the source,
    returned, is the holder's subject (none for a passive). ``v``'s act is what the holder
    charges, repeats or demands (:func:`~.mood.held_clause`): "The spokesman repeated that
    China opposed hacking" is the spokesman's report, not China's. Reached only when the
    lexicon accepted ``v``'s own frame and refused or never saw the holder's. After the
    lexicon's decision only. Train CV A / H: lenient +0.00054 / +0.00058, strict +0.00021 /
    +0.00030, cue token +0.00033 / +0.00044, source token +0.00051 / +0.00062, content
    token +0.00002 / -0.00003 (history, 2026-12-06)."""
    head = mood.clause_head(v)
    fr.cue = {holder.i} | {
        c.i
        for c in holder.children
        if c.dep_ in _DISPUTE_VERB_WORDS and c.i < head.i and not c.is_punct
    }
    fr.content = subtree_ids(head)
    fr.obj = None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in holder.children):
        return None
    return source_of(holder, False, scan.qx)


def _quoted_object(lex: lexicon.VerbLexicon, fr: VerbFrame, lemma: str, sclass: str) -> bool:
    """A quotation inside the words right after the verb ("has hailed Britain's vote as
    “fantastic”", "also criticised the mayor for making “very rude statements”", "has
    touted her husband's record—“the longest peacetime expansion”"), for a verb train never
    saw in a quotation frame: the quotation is a phrase of the object, and the lexicon decides
    the verb as in its object frame (after the lexicon's decision only). Not a quotation
    opening right after the verb ("invoked “the spirit of ...”"), nor one after other words
    than the content's. On PolNeAR train (split A, each half with the lexicon mined on the
    other) such refused frames whose lemma's object frame is accepted matched gold 40 times in
    58; with the quotation opening right after the verb 3 in 6 (history, 2026-12-06)."""
    if fr.name != "quote" or not fr.content or not fr.cue or f"{lemma}|quote" in lex.counts:
        return False
    if min(fr.content) != max(fr.cue) + 1:
        return False  # the quotation opens the content, or words lie between cue and content
    return lex.accepts(lemma, "dobj", sclass, fr.object_lemma)


def _colon_verbs(scan: Scan) -> dict[int, int]:
    """Verbs that introduce a quotation with a colon ("Christie gloated: "..."", "the
    analyst agreed: "..."", "fired back: "..."") and the quotation's index: the colon right
    before the opening mark hangs on the verb, and every word between them depends on it.
    Such a verb reports whatever its lemma, unless it is an action verb: the lexicon never
    saw most of them in a quote frame (train two-fold CV, both splits: lenient +0.0006,
    strict +0.0003, source token +0.0005; lenient +0.0003 when only the verbs the lexicon
    never saw in a quote frame were taken). A comma does as a colon does before a quotation
    that opens with a capital letter (:func:`_comma_lead`: "Trump emphasized, "Radical Islam
    ..."", "and then boomed, "Thank you""): train CV A / H lenient +0.00014 / +0.00017,
    strict +0.00017 / +0.00016, cue token +0.00009 / +0.00011, content token +0.00020 /
    +0.00020, source token -0.00004 / -0.00010 (history, 2026-12-06)."""
    doc, text = scan.doc, scan.text
    out: dict[int, int] = {}
    for qi, q in enumerate(scan.qx.quotes):
        j = q.start - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j < 0 or text[j] not in ":,":
            continue
        colon = doc[token_at(scan.idx, j)]
        v = colon.head
        if colon.text != text[j] or v.pos != VERB or v.i > colon.i or colon.i - v.i > 8:
            continue
        if colon.text == "," and not _comma_lead(v, text, q.start):
            continue
        between = doc[v.i + 1 : colon.i]
        if any(t.dep_ == "dobj" and t.pos_ == "PROPN" for t in between):
            continue  # "... does not surprise pollster Jane Roe: "..."": she speaks (name colon)
        if all(v in t.ancestors and t.pos_ not in ("VERB", "AUX") for t in between):
            out[v.i] = qi
    return out


#: What closes the words of a quotation a speech tag follows ("“Denver,” he answered.").
_TAG_CLOSERS = frozenset(",!?—–")


def _tag_verbs(scan: Scan) -> dict[int, int]:
    """Verbs that are the speech tag after a quotation ("“Denver,” he answered.", "“This is
    fantastic!” beamed a delegate", ""People are afraid," he surmised.") and the quotation's
    index: the quoted words end with a comma, "!", "?" or a dash inside the closing mark, the
    verb heads its sentence, and every word between the closing mark and the verb belongs to
    its subject. Such a verb reports whatever its lemma, unless it is an action verb, as a
    verb before a colon does (:func:`_colon_verbs`): the lexicon never saw most of them
    ("beamed", "scoffed", "retaliated", "surmised") in a quote frame. On PolNeAR train (split
    A, each half with the lexicon mined on the other) the quote frames so placed that the
    lexicon refused matched gold 17 times in 23 (history, 2026-12-06)."""
    doc, text = scan.doc, scan.text
    out: dict[int, int] = {}
    for qi, q in enumerate(scan.qx.quotes):
        j = q.end - 1
        while j > q.start and (text[j] in "\"”'`»" or text[j].isspace()):
            j -= 1  # back over the closing mark ('' or ”) to the last quoted character
        if j <= q.start or text[j] not in _TAG_CLOSERS:
            continue
        first = token_at(scan.idx, q.end)
        while first < len(doc) and doc[first].idx < q.end:
            first += 1
        if first >= len(doc):
            continue
        v = next((t for t in doc[first : first + 10] if t.pos == VERB), None)
        if v is None or v.dep_ != "ROOT" or v.sent.start > first:
            continue
        subj = {i for c in v.children if c.dep_ == "nsubj" for i in subtree_ids(c)}
        if all(t.i in subj or t.is_punct for t in doc[first : v.i]):
            out[v.i] = qi
    return out


def _comma_lead(v: Token, text: str, start: int) -> bool:
    """A comma before a quotation leads it in as a colon does when the quotation opens with a
    capital letter (a sentence quoted whole) and the verb is finite, heading its sentence, a
    conjunct or an adverbial clause ("Trump emphasized, "Radical Islam ..."", "and then
    boomed, "Thank you""): not an infinitive or a verb inside a clause ("wanted to know,
    "How ..."", "everywhere she went, "sending ..."")."""
    first = next((ch for ch in text[start : start + 6] if ch.isalpha()), "")
    return first.isupper() and v.dep_ in ("ROOT", "conj", "advcl") and v.tag_ != "VB"


def _verb_candidate(scan: Scan, item: Found) -> Candidate:
    """The candidate of one framed verb: cue and content kept to the quote the verb sits in,
    the source mention built from the source token's subtree."""
    doc, qx = scan.doc, scan.qx
    v, fr, lemma, src, sclass, accepted = item
    home = qx.of_token[v.i]  # the quote the verb itself sits in, or -1
    src_ids = source_ids(scan, v, src, fr.cue, home) if src is not None else set()
    if src is not None:  # the clause the parse hung the speaker in is not what was said,
        # but for a quotation before the speaker ('"We won," Jane Roe, smiling, said')
        first = min(src_ids, default=src.i)
        for c in v.children:
            if c.dep_ in ("ccomp", "parataxis") and c.i < v.i and src.i in subtree_ids(c):
                fr.content -= {i for i in subtree_ids(c) if i >= first or qx.of_token[i] == -1}
    if src is not None and src.head.dep_ == "ccomp" and src.head.head.i == v.i < src.i:
        # "And the mayor, said Ann Cole, ..., does not forget": the inverted speaker in the
        # clause (:func:`~.subjects.source_of`); the words before the tag are what was said
        for c in v.children:
            if c.dep_ == "nsubj" and c.i < v.i:
                fr.content |= subtree_ids(c)
    fr.cue = {i for i in fr.cue if qx.of_token[i] == home}
    content_ids = fr.content - fr.cue - src_ids
    if scan.dateline:
        content_ids = {i for i in content_ids if i not in scan.dateline}
    if home != -1:  # a verb inside a quote speaks within it
        content_ids = content_ids & qx.tokens_in(home)
    elif fr.name != "quote":
        content_ids -= trailing_aside(doc, content_ids, qx)
        content_ids -= participle_after_quote(doc, content_ids, qx)
    for q in fr.titles:  # a title in the tag (`said on ABC's “This Week”`) is no content
        content_ids -= qx.tokens_in(q)
    quotes = list(fr.quotes)
    if home == -1:  # (inside a quote, the content holds no other quote)
        quotes += [q for q in scan.quotes_of(content_ids) if q not in fr.quotes]
        quoted = {i for q in quotes for i in qx.tokens_in(q)}
        content_ids |= quotation_goes_on(doc, content_ids, quoted, qx, fr.cue | src_ids)
    if accepted:
        scan.taken.update(quotes)
    cand = Candidate(
        cue=char_spans(doc, fr.cue),
        content=content_spans(doc, content_ids, quotes, qx),
        source_mention=one_span(doc, src_ids),
        form=form_of(doc, content_ids, quotes, qx),
        evidence=f"verb+{fr.name.split(':')[0]}",
        recipient_mention=one_span(doc, subtree_ids(fr.recipient))
        if fr.recipient is not None
        else None,
        extra={
            "key": f"{lemma}|{fr.name}",
            "sclass": sclass,
            "obj": fr.object_lemma,
            "prt": particle(v),
            "accepted": accepted,
        },
    )
    if scan.mine:
        cand.extra["context"] = scan.context.get(v.i)
    via = nouns.channel(v)
    if via is not None:
        cand.extra["channel"] = via
        if (
            cand.cue
            and not scan.text[cand.cue[-1][1] : via[0]].strip()
            and nouns.cue_channel(scan.text[via[0] : via[1]])
        ):
            cand.cue = union_spans(cand.cue + [(cand.cue[-1][1], via[1])])
    net = nouns.network(v)
    if net is not None and cand.cue and not scan.text[cand.cue[-1][1] : net[0]].strip():
        cand.cue = union_spans(cand.cue + [(cand.cue[-1][1], net[1])])
    how = nouns.manner(v)
    if how is not None and cand.cue and not how & (content_ids | src_ids):
        a, b = doc[min(how)].idx, doc[max(how)].idx + len(doc[max(how)])
        if not scan.text[cand.cue[-1][1] : a].strip():  # right after the cue: "said with a grin"
            cand.cue = union_spans(cand.cue + [(cand.cue[-1][1], b)])
    return cand


def _unheld_topic(v: Token, frame: str) -> bool:
    """A verb in the active voice and a form other than the bare one whose frame is a
    prepositional phrase (``prep:<p>``): with no source (the caller's test) it tells what
    someone was doing about a topic or a target ("Looking for new donors, ...", "Fundraising
    for the event", a headline's "STICKING TO CLASSICS"), not words anyone said. The bare form
    keeps its sourceless report ("It is impossible to talk about the economy without ...", as
    for the object frame), and so does a clause handed to a word of dispute ("a fresh debate
    over how the country responds to ...": :func:`hand_to_dispute`). After the lexicon's
    decision only. On train CV such active prepositional frames with no source matched 1 time
    in 13 on split A and 1 in 10 on split H (the bare form among them). Train CV (split A / H,
    2026-12-05): lenient +0.00012 / +0.00008, strict +0.00009 / +0.00006, cue token +0.00007
    / +0.00002, content token -0.00002 / -0.00002, source token level; every form, the bare
    one too: cue token -0.00010 / -0.00020 (history)."""
    return frame.startswith("prep:") and not frame.endswith("-pass") and v.tag_ != "VB"


def _deed(v: Token, frame: str, lemma: str) -> bool:
    """A deed to be done, not a report: a verb of a deed done to a thing
    (:data:`~.lexicon.DEED_VERBS`) in its bare form with a noun phrase for object and no
    particle ("plans to release the emails", "will sign the bill", "should adopt the rules").
    After the lexicon's decision only; a clause after "over" still goes to the word "over"
    hangs on (:func:`hand_to_dispute`: "clashed over how to release the data"). On train CV
    such candidates matched 5 times in 50 on split A and 11 in 45 on split H; the same verbs
    with an object in other forms 63 in 189 and 67 in 172, near the break-even of about 0.35,
    and leaving them all out lowered split H (lenient -0.0003, cue token -0.0012). Kept, split
    A / H: lenient +0.0007 / +0.0003, strict +0.0006 / +0.0002, cue token +0.0010 / +0.0003,
    source token +0.0005 / +0.0001, content token -0.0001 / -0.0002 (history, 2026-12-05)."""
    return frame == "dobj" and v.tag_ == "VB" and lemma in lexicon.DEED_VERBS and not particle(v)


#: Verbs whose "it" subject is a placeholder ("it seems", "it appears").
RAISING = frozenset("seem appear look sound remain".split())


Found = tuple[Token, VerbFrame, str, "Token | None", str, bool]


#: Dependents of a light verb's object that go with it into the cue ("made *the* case").
_OBJECT_WORDS = frozenset("det amod compound nummod".split())


#: Dependents of a controlling verb that make it an object-control verb ("led Republicans to
#: say": the cue is "to say") or give it content of its own.
_CONTROL_BLOCK = frozenset("dobj dative nsubj nsubjpass attr oprd ccomp".split())


def _controlling_verb(v: Token) -> Token | None:
    """The verb before ``v`` whose subject does what ``v`` reports, when nothing stands between
    them but adverbs and particles ("tried to explain", "has continued to push for", "seemed to
    confirm", through a predicative adjective "is likely to consider"): PolNeAR's cue runs from
    it to ``v`` (179 of the 203 such matched train relations; not object control: "led her to
    declare", "used the comments to urge"). The caller leaves it out when it is a cue of its
    own ("declined" in "declined to comment" keeps its relation, as PolNeAR mostly marks it).
    Train CV: strict +0.0038 / +0.0038, cue token +0.0034 / +0.0043, lenient +0.0001 /
    +0.0002, source token -0.0005 / -0.0001 (verbs only, without the adjective: strict +0.0031
    / +0.0031). "go on to" counts too when the parse makes the verb a clause of purpose
    ("went on to name", "goes on to slam"), and so does any verb that an infinitive of purpose
    hangs on close before it (:func:`_purpose_of`: "went to the rally to say")."""
    if v.dep_ == "advcl" and _goes_on_to(v):
        return v.head
    if v.dep_ == "advcl" and _purpose_of(v):
        return v.head
    if v.dep_ == "pcomp" and v.head.lower_ == "by" and v.head.i == v.i - 1:
        return _by_manner(v.head)
    if v.dep_ == "pcomp" and v.head.lower_ == "in" and v.head.i == v.i - 1:
        return _in_doing(v.head)
    if v.dep_ != "xcomp":
        return None
    h = v.head
    if h.pos_ == "ADJ" and h.dep_ == "acomp" and h.head.i < h.i:
        h = h.head
    if h.i >= v.i or h.pos_ not in ("VERB", "AUX"):
        return None
    between = v.doc[h.i + 1 : v.i]
    if any(t.is_punct or (t.head.i == h.i and t.dep_ in _CONTROL_BLOCK) for t in between):
        return None
    return h


def _in_doing(prep: Token) -> Token | None:
    """The verb or adjective before "in" that "in" hangs on, with a gerund right after "in" and
    no punctuation or quote mark between ("joined other Republicans in criticizing", "was
    united in supporting", "impassioned in blasting"): the gerund tells how that verb's subject
    took part or felt, and PolNeAR's cue runs from it to the gerund (15 of 17 such matched
    relations on each split of train, each half scored with the lexicon mined on the other).
    Not "In opposing the bill, the senator said" (the verb comes after). Train CV, split A /
    H: cue token +0.0008 / +0.0008, cue exact +0.0002 / +0.0002, strict +0.00016 / +0.00016,
    lenient +0.00005 / +0.00005, source token -0.0003 / -0.0003 (2026-12-04)."""
    h = prep.head
    if h.pos_ not in ("VERB", "AUX", "ADJ") or h.i >= prep.i or not _unbroken(h, prep):
        return None
    return h


def _unbroken(first: Token, last: Token) -> bool:
    """No punctuation or quote mark lies between ``first`` and ``last`` (``first`` before)."""
    return not any(t.is_punct or t.is_quote for t in first.doc[first.i + 1 : last.i])


#: The most tokens from a verb to the purpose infinitive it hosts, "to" included, for the cue to
#: run from one to the other (:func:`_purpose_of`): 5, chosen on PolNeAR train two-fold CV
#: against 4 (lenient -0.00003 on split A) and 7 (cue token +0.00007 / +0.00005 where 5 gave
#: +0.0006 / +0.0008), 2026-12-04.
PURPOSE_SPAN = 5


def _purpose_of(v: Token) -> bool:
    """``v`` is a ``to``-infinitive of purpose close after the verb it hangs on, with no
    punctuation or quote mark between ("tweeted Friday to say", "held a call to defend",
    "used the question to demand"): PolNeAR's cue runs from that verb to ``v``. On split A's
    matched train relations with such an infinitive and no punctuation between, the gold cue
    held the verb 34 times in 53 (each half scored with the lexicon mined on the other); a long
    stretch ("was arranging calls with both Sanders and Clinton to discuss") is held less often
    (:data:`PURPOSE_SPAN`). Train CV, split A / H: lenient +0.0002 / +0.0003, strict +0.0006 /
    +0.0008, cue exact +0.0007 / +0.0009, cue token +0.0006 / +0.0008, the rest within
    0.00013 (2026-12-04)."""
    h = v.head
    return (
        _infinitive(v)
        and h.pos_ in ("VERB", "AUX")
        and h.i < v.i
        and v.i - h.i <= PURPOSE_SPAN
        and _unbroken(h, v)
    )


def _by_manner(by: Token) -> Token | None:
    """The verb right before "by" (adverbs and particles between allowed) that "by" hangs on:
    "began by saying", "concluded by implying", "responded first by asking", "followed up by
    asking" (PolNeAR's cue runs from that verb; not "countered Sunday by suggesting", nor
    "followed that by saying")."""
    h = by.head
    if by.dep_ != "prep" or h.pos_ != "VERB" or h.i >= by.i:
        return None
    between = by.doc[h.i + 1 : by.i]
    if any(t.head.i != h.i or t.dep_ not in ("advmod", "prt") for t in between):
        return None
    return h


def _goes_on_to(v: Token) -> bool:
    """``v`` right after "go on to" ("She went on to criticize"), hung on "go"."""
    h, doc = v.head, v.doc
    return (
        h.lemma_ == "go"
        and v.i - h.i == 3
        and doc[h.i + 1].lower_ == "on"
        and doc[h.i + 1].head.i == h.i
        and doc[h.i + 2].lower_ == "to"
    )


def _group_start(v: Token) -> int:
    """The first token of ``v``'s verb group: its auxiliaries and negation before it."""
    return min(
        [v.i] + [c.i for c in v.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < v.i]
    )


def _object_to_cue(fr: VerbFrame, v: Token) -> None:
    """A light verb accepted by its object word: the object right after it is part of the
    cue, not the content ("made the case that ...": cue "made the case"), and so is a
    preposition right after the object that opens the content ("expressed concern about the
    vote", "made no mention of the budget": cue "made no mention of", content "the budget";
    train two-fold CV, split A / H: cue token +0.0007 / +0.0004, strict +0.0009 / +0.0009,
    content exact +0.0009 / +0.0010, every figure up or unchanged. The same for a light verb
    whose object train never saw with it, "offered a preview of", scored lenient -0.0002 /
    -0.0004, strict -0.0003 / -0.0003 against this)."""
    obj = fr.obj
    assert obj is not None
    if obj.i < v.i or any(t.is_punct for t in v.doc[v.i : obj.i]):
        return
    if obj.tag_ == "PRP" and obj.lower_ != "it":
        # "cast himself as an outsider": who is cast, the content's (the gold cue left such a
        # pronoun out in 6 of 6 matched train relations on split A and 5 of 5 on H; "made it
        # clear" keeps its dummy "it"). Train CV A / H strict +0.00027 / +0.00027, cue exact
        # +0.00033 / +0.00027, cue token +0.00008 / +0.00005, the rest level (2026-12-04)
        return
    words = {obj.i} | {c.i for c in obj.children if c.dep_ in _OBJECT_WORDS}
    if obj.pos_ == "ADJ":  # "made it (very) clear that": the dummy "it" and the adverb too
        words |= {
            c.i
            for c in obj.children
            if c.i < obj.i and (c.lower_ == "it" or c.dep_ == "advmod") and c.i > v.i
        }
    fr.cue |= words
    fr.content -= words
    for p in obj.children:
        if (
            p.dep_ == "prep"
            and p.i == max(words) + 1
            and p.lower_ in CONTENT_PREPS
            and any(
                g.dep_ == "pcomp"
                or (
                    g.dep_ == "pobj"  # not when or where: "on Monday", "on Twitter"
                    and g.ent_type_ not in ("DATE", "TIME")
                    and g.lemma_.lower() not in nouns.CHANNEL_NOUNS | CUE_TIMES
                )
                for g in p.children
            )
        ):
            fr.cue.add(p.i)
            fr.content.discard(p.i)


#: At most this many tokens from the issuing verb to the gerund ("released a brief written
#: statement on Tuesday saying": 7).
_ISSUE_REACH = 7


def _issued_by(v: Token) -> Token | None:
    """The verb that issued the channel noun a gerund hangs on ("issued a statement saying",
    "released a statement Tuesday highlighting"), or that the parse hung the gerund on
    (:func:`_issuer_of_gerund`): PolNeAR's cue runs from that verb to the gerund."""
    n = v.head
    if not on_channel_noun(v) or n.dep_ != "dobj" or n.head.pos_ != "VERB":
        return _issuer_of_gerund(v)
    return n.head if 0 < v.i - n.head.i <= _ISSUE_REACH else None


def _issuer_of_relative(v: Token) -> Token | None:
    """The issuing verb (:data:`ISSUING_VERBS`) whose object, a channel or document noun
    (:data:`nouns.GERUND_HOSTS`), the relative clause of ``v`` describes with "that" or "which"
    for subject ("released a marketing video that said", "issued a statement that sought to
    address"): on all of PolNeAR train the gold cue ran from the issuing verb to the clause's
    verb in 3 of the 5 such clauses ("released a Web video that accuses"); the other two,
    "sent a fundraising email that included", "wrote a book that inspired", hold no verb of
    saying, which the lexicon refuses. After the lexicon's decision only; the issuer's subject
    is the source. Train CV (split A / H, 2026-12-05): cue token +0.00024 / +0.00024, lenient
    +0.00005 / +0.00005, strict +0.00005 / +0.00005, content token +0.00003 / +0.00003, source
    token level."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if v.dep_ != "relcl" or subj is None or subj.lower_ not in _THING_RELATIVES:
        return None
    n = v.head
    if n.dep_ != "dobj" or n.lemma_.lower() not in nouns.GERUND_HOSTS:
        return None
    h = n.head
    if h.pos_ != "VERB" or h.lemma_.lower() not in ISSUING_VERBS:
        return None
    return h if 0 < v.i - h.i <= _ISSUE_REACH else None


#: Verbs that put a document out, whose object a gerund after it speaks through when the parse
#: hung the gerund on the verb ("released a statement Wednesday evening, saying", "sent a
#: letter this week urging"): the five that PolNeAR train split A shows there.
ISSUING_VERBS = frozenset("issue release send write sign".split())


def _issuer_of_gerund(v: Token) -> Token | None:
    """The issuing verb (:data:`ISSUING_VERBS`) a gerund hangs on as an adverbial clause when
    that verb's object before the gerund is a channel or document noun
    (:data:`nouns.GERUND_HOSTS`): the parse's other reading of "issued a statement saying",
    with a time, a place, an addressee or a comma between them ("released a statement at the
    outset of the convention Monday, offering"). On PolNeAR train split A the gold cue runs
    from the issuing verb to the gerund 16 times in 19 such gerunds (with any verb 16 in 37:
    "delivered his standard campaign speech, decrying", "made an unprompted call for ...,
    calling" are not)."""
    h = v.head
    if v.tag_ != "VBG" or v.dep_ != "advcl" or h.pos_ != "VERB" or h.i > v.i:
        return None
    if h.lemma_.lower() not in ISSUING_VERBS:
        return None
    hosts = (c for c in h.children if c.dep_ == "dobj" and h.i < c.i < v.i)
    return h if any(c.lemma_.lower() in nouns.GERUND_HOSTS for c in hosts) else None


#: Words that open a sentence before a reporting verb and a comma in an idiom that reports
#: nothing: "That said, ...", "All told, ...", "Needless to say, ...".
_IDIOMS = (("that",), ("all",), ("needless", "to"), ("suffice", "it", "to"))


def _idiom(v: Token) -> bool:
    """``v`` is the verb of a sentence-opening idiom (:data:`_IDIOMS`) followed by a comma, or
    a label opening its line with a colon ("Revealed: ...", "Watch: ...", "Breaking: ...")."""
    doc = v.doc
    if v.i + 1 >= len(doc):
        return False
    if doc[v.i + 1].text == ":":
        return v.i == 0 or "\n" in doc[v.i - 1].text_with_ws
    if doc[v.i + 1].text != ",":
        return False
    return tuple(t.lower_ for t in doc[v.sent.start : v.i]) in _IDIOMS


#: Discourse fillers, the verb and the subject right before it: "..., you know, ...", "I
#: mean, ...", "you see,". PolNeAR train annotates none of them as a cue; the parse often makes
#: the clause before a filler its complement ("We don't have to turn the other cheek, you know").
_FILLERS = {"know": "you", "see": "you", "mean": "i"}


def _filler(v: Token) -> bool:
    """``v`` is the verb of a discourse filler (:data:`_FILLERS`): its subject right before it,
    punctuation right after it (not a colon, which opens what is said), and no object."""
    subject = _FILLERS.get(v.lower_)
    doc = v.doc
    if subject is None or v.i == 0 or v.i + 1 >= len(doc):
        return False
    before, after = doc[v.i - 1], doc[v.i + 1]
    if before.lower_ != subject or before.head.i != v.i or not after.is_punct or after.text == ":":
        return False
    return not any(c.i > v.i and not c.is_punct and not c.is_space for c in v.children)


def _compound_adjective(v: Token) -> bool:
    """``v`` is a participle hyphenated to the word before it ("the so-called reform", "a
    self-described socialist"): an adjective, not a report."""
    doc = v.doc
    return (
        v.tag_ == "VBN"
        and v.i >= 2
        and doc[v.i - 1].text == "-"
        and not doc[v.i - 1].whitespace_
        and not doc[v.i - 2].whitespace_
    )


def _quoted_plan(v: Token, frame: str, reporters: set[int]) -> bool:
    """``v`` is a ``to``-infinitive with an object, the ``xcomp`` of a cue verb, whose frame is
    a quotation ("plans to release “The Making of Donald Trump”", "refused to call the attack
    “terrorism”", "declined to detail the inquiry's “specific focus”"): the plan or refusal is
    reported and holds the quotation in its content; a verb of telling keeps its quotation
    ("wants to tell voters, “We will win”": its object is the hearer). On PolNeAR train split
    A such candidates matched 1 time in 14, their cue words gold 0.21. Train CV A / H lenient
    +0.00010 / +0.00011, strict +0.00007 / +0.00009, cue token +0.00010 / +0.00013, source
    token +0.00003 / +0.00004, content token level to the fifth digit (history, 2026-12-05)."""
    return (
        frame == "quote"
        and v.dep_ == "xcomp"
        and _infinitive(v)
        and v.head.i in reporters
        and any(c.dep_ == "dobj" for c in v.children)
        and v.lemma_.lower() not in RECIPIENT_VERBS
    )


#: Verbs whose infinitive tells an act that comes about (aspect, attempt, outcome) or an
#: impression of one (raising): "began to praise X and defend Y" performs both.
_PERFORMING = RAISING | lexicon.ASPECT_VERBS | lexicon.ATTEMPT_VERBS | lexicon.OUTCOME_VERBS


def _unperformed_conjunct(v: Token, frame: str) -> bool:
    """``v`` is a bare infinitive coordinated with another (``conj``), with no modal or "do"
    of its own, in a frame that is not a message's (:func:`~.mood.unperformed`), and the verb
    governing the first conjunct, if any, is no verb of aspect, attempt, outcome or raising:
    the second act of a plan, a purpose or a request is no more performed than the first
    ("left it to others to praise his record and defend his decisions", "to attack the plan
    and defend the deal"). The first conjunct keeps its candidate, its governor in its cue
    ("tried to explain"), which PolNeAR's cue often holds; with the first conjuncts too
    (``xcomp``) train CV cue token fell 0.002-0.004 on both splits. After the lexicon's
    decision only. Such candidates matched 5 times in 33 on split A of train CV and 5 in 37
    on split H; with :func:`~.mood.asked`, train CV split A / H: lenient
    +0.00059 / +0.00074, strict +0.00051 / +0.00060, cue token +0.00024 / +0.00021 (history,
    2026-12-05)."""
    if v.dep_ != "conj" or not mood.unperformed(v, frame):
        return False
    g = mood.governor(v)
    if g is None:
        return True
    return g.lemma_.lower() not in _PERFORMING and not (
        g.lemma_.lower() == "go" and particle(g) == "on"
    )


def _noun_infinitive(v: Token) -> bool:
    """``v`` is a ``to``-infinitive modifying a noun or pronoun ("a chance to back the mayor",
    "no plans to endorse anyone", "the only senator to vote against it"): it tells what is
    possible, planned or first, not what anyone said or thought, and the noun is no speaker;
    not a bare phrase of time ("has 60 days to respond": the clause's subject speaks). PolNeAR
    matched 2 of 38 such candidates on half of train (split A's first fold, lexicon mined on
    the other half). Judged on PolNeAR train 2-fold CV, 2026-12-02 (split A / H): lenient
    +0.0013 / +0.0011, strict +0.0014 / +0.0005 over the rule of :func:`_nonfinite` alone (in
    its first form, which took every sourceless gerund)."""
    return (
        v.dep_ in ("acl", "relcl")
        and v.head.pos_ in ("NOUN", "PROPN", "PRON")
        and not time_phrase(v.head)
        and _infinitive(v)
    )


#: Frames of quoted words: someone spoke them, even when the parse names nobody.
_QUOTED = frozenset(("quote", "paren", "tail"))


def _nonfinite(v: Token) -> bool:
    """``v`` is a bare verb or infinitive, or a gerund a preposition or a subject holds ("by
    saying", "the idea of supporting", "To say ... would be"). With no source found by the
    parse and in the active voice such a verb names nobody who speaks (a purpose, a topic, a
    manner), and PolNeAR matched about 20 of 180 such candidates on half of train (split A's
    first fold), so :func:`_verb_frames` drops them. Kept: passives ("It was reported that"),
    raising verbs ("appears to"), quoted words, an "it" that names nobody ("It is hard to
    criticize") and a free adjunct (", saying they should ...": its speaker is the clause's,
    which the sources resolve when the parse does not; dropping those lost two BASIL quote
    lineage pairs of 50). Judged on PolNeAR train 2-fold CV, 2026-12-02, split A / H, with
    :func:`_noun_infinitive`: lenient 0.6797 -> 0.6827 / 0.6788 -> 0.6814, strict 0.4987 ->
    0.5003 / 0.4982 -> 0.4990, content token -0.0001 / -0.0010; every gerund and every "it"
    included scored higher on train (lenient +0.0043 / +0.0032) but lost those lineage
    pairs; leaving modal-headed verbs ("would say") in scored lower."""
    if v.tag_ == "VBG":
        return v.dep_ in ("pcomp", "pobj", "csubj")
    return v.tag_ == "VB"


#: Verbs of permission and enabling: with an infinitive clause ("allowed veterans to go
#: outside the system") they tell what someone may do, not what anyone says or thinks.
PERMISSION_VERBS = frozenset("allow permit let enable".split())


def _permission(v: Token, frame: str, lemma: str) -> bool:
    """``v`` is a verb of permission whose clause is an infinitive with its own subject, which
    the parse makes a ``ccomp`` ("It also allows Republicans to use their debates", "a loophole
    that allows some buyers to skip background checks", "let the voters decide"): no report.
    "He allowed that his members tilt Republican" (a "that" clause: he granted it) still
    reports. On split A (each half with the lexicon mined on the other) such candidates matched
    3 times and were spurious 18; on all of train `allow|ccomp` matched 12 of 56, `let|ccomp` 2
    of 17, near the threshold, so the lexicon let them in on some halves. Judged on PolNeAR
    train 2-fold CV, 2026-12-04, split A / H: lenient +0.0003 / +0.0002, strict +0.0002 /
    +0.0002, cue token +0.0003 / +0.0001, source token +0.0001 / +0.0003, every figure up on
    both splits (with "that" clauses as well: lenient +0.0002 / +0.0002, cue token +0.0002 /
    +0.0001)."""
    return (
        frame == "ccomp"
        and lemma in PERMISSION_VERBS
        and any(
            c.dep_ == "ccomp" and c.tag_ == "VB" and not any(k.dep_ == "mark" for k in c.children)
            for c in v.children
        )
    )


def _bare_adjective(v: Token) -> bool:
    """``v``'s complements after it (the ``acomp`` frame of a raising verb) are adjectives with
    no clause or infinitive anywhere under them ("it seems unlikely", "union members appeared
    pleased with the mayor", "sounds familiar"): an impression of a state, no report, and no
    verb of any frame in it ("appeared pleased that the mayor had won", "appeared ready to
    leave" keep their cue; "appears to say", "seemed to suggest that" are frames of their
    own). On split A (each half with the lexicon mined on the other) raising verbs in the
    ``acomp`` frame matched 1 time in 8 (`appear|acomp` 1 of 3, `sound|acomp` 0 of 5); on all
    of train (the shipped file) `appear|acomp` matched 3 of 6, over the threshold. Judged on
    PolNeAR train 2-fold CV, 2026-12-04, split A / H: lenient +0.00015 / +0.00025, strict
    +0.00011 / +0.00015, cue token +0.000003 / +0.00019, source token +0.00005 / +0.00000,
    every figure level or up; every ``acomp`` frame of a raising verb, clause or not: lenient
    +0.00014 / +0.00028, but cue token -0.00002 / +0.00015."""
    comps = [c for c in v.children if c.i > v.i and c.dep_ in ("acomp", "xcomp")]
    return not any(t.pos_ in ("VERB", "AUX") for c in comps for t in c.subtree)


def _subjectless_act(v: Token, frame: str, lemma: str) -> bool:
    """``v``, active and with no source found, is a finite verb (or a bare verb) that reports an
    object or a prepositional object: no report. An active finite verb has a subject; when
    the parse finds none (a headline's fragment, an imperative, a subject lost in a long
    sentence: "..., opposed his signature Trans-Pacific trade deal and outstripped his plans",
    "See photos from the debate below") the candidate names nobody, where PolNeAR's relations
    on such verbs name their speaker. Not a participle (", calling the moves unconstitutional":
    a free adjunct, whose speaker the sources resolve), a raising verb, or a frame of a clause
    or of quoted words ("It appears that ...", ""...," read one"), which stay sourceless
    reports. Judged on PolNeAR train 2-fold CV, 2026-12-04, split A / H: lenient +0.0004 /
    +0.0003, strict +0.0003 / +0.0004, cue token +0.00005 / +0.00013, cue exact +0.0002 /
    +0.0002, content token +0.00003 / +0.00006, source token -0.00009 / -0.00008; with
    clauses (``ccomp``) as well, lenient +0.0008 / +0.0009 but content token -0.0005 / -0.0002
    and cue token -0.0003 / +0.0002; objects only, participles included: lenient +0.0006 /
    +0.0003, but cue token -0.0004 / -0.0001, source token -0.0004 / -0.0001."""
    return frame.split(":", 1)[0] in ("dobj", "prep") and v.tag_ != "VBG" and lemma not in RAISING


#: Verbs of evidence and indication whose subject is what shows something, not who says it:
#: with an abstract subject (:func:`thing`: "The resurgent controversy over the emails
#: underscores concerns about ...", "his popularity shows how deeply the party misjudged ...")
#: nobody reports, and such a candidate is no cue. Chosen on PolNeAR train, split A (each half
#: with the lexicon mined on the other): these verbs with such a subject matched 3 times in 10
#: (H: 2 in 10). "show", "suggest", "indicate" with such a subject matched 37 times in 60 and
#: stay cues, as do documents, polls and data ("the report shows", "a poll suggests"). Judged
#: on PolNeAR train 2-fold CV, 2026-12-04, split A / H: lenient +0.0001 / +0.0003, strict
#: +0.0002 / +0.0001, cue token +0.0003 / +0.0002, source token +0.0005 / +0.0006, content
#: token +0.0001 / +0.0001, every figure up on both splits.
EVIDENCE_VERBS = frozenset(
    "underscore highlight illustrate reflect signal mean demonstrate".split()
)


def _person_done_to(v: Token) -> bool:
    """The passive subject of ``v`` is a person: a personal pronoun but "it", "this" or
    "that", "who", or a person or nationality entity. A bare passive (``subj-pass``) with such
    a subject is a deed done to someone ("he was fired", "Suu Kyi was released"), no report:
    on split A of train CV the frame with every subject made 47 candidates, 18 matched; this
    test left out 5, none matched. Against every subject, train CV A / H lenient +0.00010 /
    +0.00006, strict +0.00007 / +0.00003, cue token +0.00002 / +0.00016 (2026-12-05)."""
    subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    if subj.tag_ in ("PRP", "WP"):
        return subj.lower_ not in ("it", "this", "that")
    return subj.ent_type_ in ("PERSON", "NORP")


def thing(src: Token | None) -> bool:
    """``src`` is a common noun that names no one and no record: no person, organisation or
    group entity, no pronoun, and a head that none of the source lexicons' lists of people,
    bodies, outlets and documents holds in its form or its lemma ("the controversy", "his
    popularity", "a look at the fleet"; not "officials", "the report", "the findings", "the
    data")."""
    if src is None or subject_class(src) != "N" or src.ent_type_ in ("PERSON", "ORG", "NORP"):
        return False
    forms = {src.lower_, src.lemma_.lower()}
    if src.lemma_.lower() == "datum":
        forms.add("data")
    return not any(f in slx.SPEAKER_NOUNS or f + "s" in slx.SPEAKER_NOUNS for f in forms)


#: Relative pronouns that stand for a thing as well as a person ("who" names a person).
_THING_RELATIVES = frozenset("that which".split())


def antecedent(src: Token | None) -> Token | None:
    """The noun a relative pronoun subject stands for ("a move *that* raises questions": "move"),
    when the parse hung the relative clause on it; else None."""
    if src is None or src.lower_ not in _THING_RELATIVES or src.dep_ != "nsubj":
        return None
    clause = src.head
    if clause.dep_ != "relcl" or clause.head.pos_ != "NOUN":
        return None
    return clause.head


def _infinitive(v: Token) -> bool:
    """``v`` is a ``to``-infinitive ("It is easy to criticize": "it" names nobody)."""
    return v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
