"""The article's sourcing profile (spec ``profile``): how much is relayed, from whom, through
which outlets, and what the outlet asserts itself.

Definitions (see ``docs/voice.md``):

* ``attributed_share``: characters inside some attribution's content over body characters
  (the text less ``removed`` residue);
* ``outlet_evaluative_sentences``: sentences whose voice is ``outlet-evaluative``;
* ``sources_by_kind``: distinct sources per kind, less those that name nobody: a source named
  by pronouns alone ("you", the writer's "I", "all of which") and a thing of unknown kind
  taken for a speaker ("The outcome showed");
* ``named_share`` / ``anonymous_share``: of all attributions, those whose own source is named
  (kind person, organization or outlet, not named by pronouns alone) / anonymous (kind
  anonymous); documents, groups, unknown and source-less attributions count in neither;
* ``second_hand``: every outlet source in some attribution's chain, or told by a source
  ("told the NYT"), with the number of attributions through it, most first; the article's own
  outlet, when known (its metadata's outlet or URL, matched through the outlet registry:
  "usatoday.com" is "USA Today"), is not a relay, nor is the agency its dateline credits
  ("WASHINGTON (Reuters) -": a source who "told Reuters" there spoke to the article's writer);
  an outlet's tag after the words it reports relays them even when the parse nests the tag
  inside them ("officials said ..., the Anchorage Daily News reported"); an outlet's
  interview also counts the source's top-level words two sentences around it when the source
  is no first-hand source anywhere in the article ("The Oregonian quotes a spokesman ... The
  spokesman also said"), but not a refusal to act ("refused to join the debate", where
  "declined to discuss" withholds words and counts: :data:`REFUSALS`); an outlet's tag that
  closes a quotation ending someone's words relays them ('X said the evidence was "fake," the
  Associated Press reported');
* ``first_hand_sources``: sources of top-level attributions (no parent) whose chain holds no
  outlet and whose recipient is no other outlet, and whose cue is speech: not an attitude or
  belief cue ("X has been wary of" says what X thinks, not that X spoke to the outlet), nor a
  cue headed by a verb of thought, wish, intention or perception ("is planning to", "wants
  to", "is hoping that", "saw"), nor one under a modal of obligation, possibility or condition
  ("should insist on", "might have known", "could deny"), nor a verb of emotion or witness
  ("hated", "witnessed"), nor a non-finite cue hung on such a verb or modal ("plan to cross ...
  to ask for asylum"), nor a cue said to be reported ("reportedly told", "allegedly told"),
  nor a plea in court ("pleaded guilty"), nor a cue in a clause of condition ("If the officer
  finds that ..."), nor a deed done with a thing ("WikiLeaks published the archives", "posted
  29 points", "negotiated a deal", "sentenced Brian Nichols to life"), a commitment ("agreed
  to limit its exports", "agreed to quotas"), a stance taken on a thing ("supports the
  restrictions", "opposed the treaty", "a super PAC backing Jeb Bush"), an effort toward a
  deed ("pushes to hit 15 percent"), a schedule ("is scheduled to address the convention",
  which counts for no outlet either) or a judgement reached in a participle on a deed
  ("resigned, concluding that ..."). Words within two sentences of a place where another
  outlet relays the same source ("Pinder told The Canadian Press ...; he said ...") are taken
  to come from that interview, counted from the nearest sentence the words run over.
  Outlets, documents (a memo does not speak to the outlet), groups ("critics", "others":
  nobody in particular), sources of unknown kind (mostly a thing the extraction took for a
  speaker: "racist rhetoric perceived ...", "you", "who"), sources named only by a pronoun
  ("I", "we", "you", "he", "she", "they") and those named only by an indefinite pronoun with
  a cue in the present ("the next time someone asks") are not first-hand; source-less
  attributions have nobody to list, and neither do those that are the outlet's
  own words
  (:func:`newsprov.analysis.voice.outlets_own`: a deed, "filed the lawsuit"; a denied report,
  "did not respond to a request for comment"; the writer's own "I" in a column or a letter);
* ``unsourced_figures``: see :mod:`newsprov.analysis.voice.figures`.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from newsprov.analysis.attribution.lexicon import LIGHT_VERBS, verb_lexicon
from newsprov.analysis.doctext import doc_text
from newsprov.analysis.outlets import registry
from newsprov.analysis.sources.agreement import ANIMATE_HEADS
from newsprov.analysis.sources.nesting import closes, comma_before, extent
from newsprov.analysis.voice import Coverage, outlets_own
from newsprov.analysis.voice.figures import unsourced_figures
from newsprov.record import Attribution, Profile, Removed, SecondHand, Sentence, Source, Span

NAMED_KINDS = ("person", "organization", "outlet")
#: Kinds that cannot be a first-hand source. ``unknown`` added 2026-12-03: on PolNeAR dev, 94
#: first-hand sources were of unknown kind, about 85 of them no speaker at all ("you" 9, "who"
#: 4, "racist rhetoric", "new emissions rules", "brain cancer"), a few a speaker left untyped.
NOT_FIRST_HAND = ("outlet", "document", "group", "unknown")
#: Evidence of attitude and belief cues ("X is wary of", "X believes"): the outlet says what
#: somebody thinks, which is no sign that the person spoke to the outlet.
NOT_SPEECH_EVIDENCE = ("belief",)
#: Verbs of thought, wish, intention and perception: a cue headed by one ("is planning to meet",
#: "want to resolve", "is aiming to", "is hoping that", "saw a woman run") says what someone
#: thinks, means or saw, not that they spoke to the outlet; the same class as the attitude cues
#: above. Added 2026-12-05 after an audit of 20 unseen articles (4 first-hand sources of this
#: class); on 250 more texts it took out 53 first-hand sources, 52 of them no speech at all
#: (docs/history/voice.md). Verbs of emotion and "witness" ("the voting base hated Obama",
#: "Egypt witnessed a cut") joined after a third audit, the same day.
#: "consider" ("Iran considers the sites off-limits", "the court considered the matter") joined
#: after a sixth audit (2026-12-06); after a seventh (the same day) "view" ("cemented Mr. Dowd's
#: view that", "she views the deal as") and nouns of belief and intention whose verbs are here
#: already or mean the same ("his belief that", "the expectation that", "her intention to").
NOT_SPEECH_LEMMAS = frozenset(
    "want wish hope plan intend aim seek try decide prepare expect need "
    "know believe think feel fear doubt suspect assume understand realize learn wonder worry "
    "consider "
    "view belief suspicion impression assumption expectation desire intention "
    "see hear watch notice witness "
    "love hate like dislike despise admire enjoy prefer".split()
)
#: Forms of those verbs whose lemma the tagger gets wrong ("hoping", "hoped", "hopes" as "hop";
#: "worried", "prepared", "planning" as themselves when tagged adjective or noun), matched on
#: the word itself. The list holds the forms found with a wrong lemma (at least once) among
#: all the inflected forms of :data:`NOT_SPEECH_LEMMAS` in 945 texts (PolNeAR train and
#: NewsWCL50, 2026-12-05); a form the tagger always lemmatises right needs no entry. "hated",
#: "hates" and "hating" ("hat") came with the verbs of emotion, after a third audit.
NOT_SPEECH_FORMS = frozenset(
    "aims believed doubting expected feeling feels felt hated hates hating hearing hears hoped "
    "hopes hoping "
    "intended knew known learning needed planned planning prepared saw seeking suspected "
    "thinking thought understanding understood wanted wants worried worries worrying".split()
)
#: A source named only by a pronoun ("I find it unconscionable", a quotation's speaker left
#: unresolved; "he said" whose "he" the sources stage tied to nobody) names nobody the reader
#: can tell spoke. The third person was added 2026-12-05 after a second audit (docs/history).
PRONOUN_NAMES = frozenset("i we me us you he she him her they them".split())
#: An indefinite pronoun alone with a cue in the present ("the next time someone asks to go
#: off the record", "anyone who says") names nobody in particular, a case in general, as a
#: group's noun does: no first-hand source. In the past it is one person left unnamed ("Then
#: someone asked how Clinton could inspire young people", at a meeting the outlet reported):
#: an anonymous speaker, who stays; and so does a description that picks someone out
#: ("someone familiar with the decision"). Added after a seventh audit (2026-12-06).
INDEFINITE_NAMES = frozenset(
    {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "no one"}
)
#: Modal auxiliaries of obligation, possibility and condition: "the administration should
#: insist on", "Trump might have known of", "the government could deny permits", "a reader
#: would now ask" say what someone ought to, may or would do, not that they spoke. A narrative
#: "would later say" is lost with them (none on 234 texts; docs/history/voice.md).
NOT_SPEECH_MODALS = frozenset({"should", "must", "ought", "might", "may", "could", "would"})
#: Adverbs that say the words are known from reports or claims, not heard by the outlet: "Kim
#: reportedly told South Korean officials" relays unnamed reports, "allegedly told" somebody's
#: claim; the speaker is no first-hand source. Added 2026-12-05 after a third audit
#: (docs/history/voice.md).
RELAYED_ADVERBS = frozenset({"reportedly", "reputedly", "allegedly", "purportedly"})
#: A plea in court ("pleaded guilty", "pleaded not guilty", "pleaded no contest") is an act of
#: the proceedings that the outlet reports, not words the defendant gave it: the pleader is no
#: first-hand source ("pleaded for a delay", "pleaded with the judge" stay speech). Added
#: 2026-12-05 after a fourth audit (docs/history/voice.md).
PLEAS = frozenset({"guilty", "innocent", "contest"})
#: Conjunctions of a condition: a cue in a clause they open ("If the officer finds that ...",
#: "unless the board says otherwise") says what would follow on a case supposed, not that
#: anyone spoke; the same class as the modals of condition ("as if" and "even if" excepted:
#: "even if he reserved his passion for" says what he did). Added with :data:`PLEAS`.
CONDITIONS = frozenset({"if", "unless"})
#: Verbs of a deed done with a thing: "WikiLeaks published the archives", "the Justice Department
#: released the memos", "Curry posted a game-high 29 points", "the club charged a $100,000 fee",
#: "prosecutors charged two developers with fraud". With a direct object that is no words of the
#: source's own (:data:`WORDS`) the cue says what was done, not that anything was said to the
#: outlet; "released a statement", "released a web ad", "charged that ..." and a quotation
#: posted ('posted "So terrible"') stay speech. Added 2026-12-05 after a fifth audit
#: (docs/history/voice.md).
#: "negotiate" ("negotiated a deal to buy the hotel", "negotiating terms of an interview": talks
#: held with someone else, not words given to the outlet) joined after a sixth audit
#: (2026-12-06).
#: Acts of a court's proceedings with a person as object ("a judge sentenced Brian Nichols to
#: life", "the jury convicted him", "a grand jury indicted the mayor", "acquitted the officer"),
#: the same class as "charged two developers with fraud" and a plea, joined after a seventh
#: audit (2026-12-06).
DEEDS = frozenset(
    {"release", "publish", "post", "record", "charge", "negotiate"}
    | {"sentence", "convict", "acquit", "indict"}
)
#: Verbs of a stance taken on a thing: with a direct object ("the alliance supports the
#: restrictions", "Putin vehemently opposed the agreement", "Colts nation has supported him")
#: the cue says what side someone is on, as an attitude cue does, not that they spoke to the
#: outlet; "said she opposed the treaty" stays speech by its "said". Added after a sixth audit
#: (2026-12-06); "back" and "favor" ("a super PAC backing Jeb Bush", "Russia backing the
#: government", "she favors a carbon tax") after an eighth (2026-12-06, session 53). Not
#: "endorse": an endorsement is announced in words ("the union endorses Clinton").
STANCES = frozenset({"support", "oppose", "back", "favor"})
#: Verbs of an effort toward a deed, with a "to" infinitive ("the Libertarian candidate pushes
#: to hit 15 percent", "strives to", "is struggling to", "scrambled to"): what someone works
#: at, as "tries to" and "seeks to" (:data:`NOT_SPEECH_LEMMAS`) say; "pushed back on the claim"
#: and "pushed for a vote", with no infinitive, and "pushed Democrats to moderate their
#: stance", someone urged, stay speech. Added after an eighth audit of
#: the profile (2026-12-06, session 53).
EFFORTS = frozenset({"push", "strive", "struggle", "scramble"})
#: Nouns of the source's own words, in a text or a medium: the object that keeps a verb of
#: :data:`DEEDS` speech ("released a video that accuses", "released its findings"; not
#: "released the memos", "released video footage", "released her medical records"). Not
#: derived from the sources lexicon's DOCUMENT_NOUNS, which hold those records and memos too:
#: a document released is a deed, and only the source's own words keep the verb speech.
WORDS = frozenset(
    "statement message comment remark tweet post response reply announcement note letter "
    "warning apology memo op-ed column essay transcript video ad advertisement commercial "
    "robocall report finding study research poll survey brochure paper plan proposal list "
    "website".split()
)
#: Verbs and adjectives of a schedule: "is scheduled to address the convention", "is slated to
#: speak", "is due to testify" say that someone is to speak, not what they said; no words to
#: the outlet, nor to another outlet beside whose interview they stand (a future speech, two
#: sentences from a quotation CNN relays, is no part of it). Added after a seventh audit of the
#: profile (2026-12-06, session 53).
PLANNED = frozenset({"schedule", "slate", "due"})
#: Verbs of refusal: with a "to" infinitive of a verb that rarely reports ("refused to join the
#: debate", "declined to attend") the cue says what someone would not do, a deed in the
#: outlet's own words, no part of an interview another outlet relays beside it; with a verb of
#: speech ("declined to discuss", "refused to comment", "declined to assail him") it is words
#: withheld from that interview, and counts for it. Added after the ninth audit of the profile
#: (2026-12-06, session 54; docs/history/voice.md).
REFUSALS = frozenset({"refuse", "decline"})
#: A verb reports when at least this share of its train candidates in verb frames matched a
#: gold attribution (the attribution lexicon's counts, ``VerbLexicon.verb_counts``: "join" 4 of
#: 76, "attend" 0 of 36; "speak" 46 of 200, "address" 17 of 56, "assail" 5 of 6). The verb
#: lexicon's floor for a key to be a cue at all (``lexicon.MODEL_FLOOR``) is the same 0.2.
REPORT_SHARE = 0.2
#: Verbs of a judgement reached: as a participle clause on a deed that is no cue itself ("Mr.
#: Dowd resigned, concluding that his client was ignoring his advice") the clause says why the
#: deed was done, what was thought, not words given to the outlet. "Limbaugh concluded that",
#: a cue of its own, and "said ..., concluding that", a participle on a cue, stay speech. Added
#: after a seventh audit (2026-12-06, session 53).
CONCLUSIONS = frozenset({"conclude", "reason", "determine"})
#: How far up a cue's head to look through non-finite clauses ("plan ... crossing a port of
#: entry to ask for asylum": the asking is planned, as the planning verb says).
_NONFINITE_STEPS = 3
#: How many sentences around a source's words relayed through another outlet ("Pinder told
#: The Canadian Press that ...") its other words are taken to come from the same interview.
RELAY_WINDOW: int | None = 2


#: Words that a source named by nothing else names nobody by: personal, possessive, reflexive,
#: relative, demonstrative and generic pronouns ("you" of a quotation, the writer's "I", "how
#: anyone believed", "all of which were attacking", "It just tells you", whose "It" the sources
#: stage left to itself), and the quantifiers such a pronoun takes ("all of which", "no one").
#: A source named only by these is nobody the reader can tell: not counted in
#: ``sources_by_kind`` and no named source in ``named_share``. "someone" and "somebody", one
#: person left unnamed, are kept (an anonymous source, :data:`INDEFINITE_NAMES`). Added after a
#: ninth audit of the profile (2026-12-06, session 54; docs/history/voice.md).
PRONOUN_WORDS = PRONOUN_NAMES | frozenset(
    """
    my mine our ours your yours his hers its their theirs myself ourselves yourself yourselves
    himself herself itself themselves it this that these those which who whom whose what whoever
    anyone anybody everyone everybody nobody one ones each
    """.split()
)
_PRONOUN_QUANTIFIERS = frozenset(
    "all both each some many most none no any either neither of".split()
)
#: Ends of nouns for someone who does something ("interviewer", "congregants", "leaners",
#: "strategist", "client", "employee"): a description with such a noun may be a person or
#: people the sources stage could not type, and stays counted. "-ment" ("statement") is none.
_AGENT_ENDS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men", "ess", "crat")
#: Nouns for people, or for a side in a contest, that the sources lexicon's heads of people and
#: bodies (``agreement.ANIMATE_HEADS``) lack, and that no such end shows: found typed unknown in
#: the ninth audit's wider check ("The pirates", "the three holdouts", "His ex", "the other
#: side", "The defense", "The left", "some co-workers" cut at the hyphen). They keep a
#: description counted, as the lexicon's heads do.
_PEOPLE_HEADS = frozenset(
    """
    pirate holdout idiot adversary ex dignitary subordinate fan side defense prosecution
    one ones black blacks white whites left right co
    """.split()
)
_PEOPLE_WORDS = ANIMATE_HEADS | _PEOPLE_HEADS
#: Words that stand for people left unnamed ("Another said", "those contemplating entry").
_SOMEBODY_ELSE = frozenset({"another", "others", "those"})
#: Entity labels that name people or bodies of them.
_ANIMATE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _pronoun_only(doc: Doc, src: Source) -> bool:
    """Is ``src`` named by pronouns alone ("you", "We", "all of which", "anyone ... it")?"""
    text = doc_text(doc)
    return bool(src.mentions) and all(_pronouns(text[a:b]) for a, b in src.mentions)


def _pronouns(words: str) -> bool:
    """Are ``words`` a pronoun, with the quantifiers it takes ("it", "all of which")?"""
    low = words.lower().split()
    if not all(w in PRONOUN_WORDS or w in _PRONOUN_QUANTIFIERS for w in low):
        return False
    return any(w in PRONOUN_WORDS for w in low)


def _animate_mention(doc: Doc, start: int, end: int) -> bool:
    """Does the mention at ``start:end`` show a person or a body: a name or an entity of people,
    a number of them ("the two", "Two in three"), a word for people ("the rest of the asylum
    seekers", "plenty of people", "the wealthy"), or a noun for someone who does something?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    if span.root.pos_ in ("NUM", "ADJ") or span.root.lower_ in _SOMEBODY_ELSE:
        return True  # "the two", "the wealthy", "Another said", "those contemplating entry"
    for t in span:
        if t.ent_type_ in _ANIMATE_LABELS or t.pos_ == "PROPN":
            return True
        if t.pos_ != "NOUN":
            continue
        lemma, word = t.lemma_.lower(), t.lower_
        if lemma in _PEOPLE_WORDS or word in _PEOPLE_WORDS:
            return True
        if lemma.endswith(_AGENT_ENDS) and not lemma.endswith("ment"):
            return True
    return False


def _thing(doc: Doc, src: Source) -> bool:
    """Is ``src``, of unknown kind, a thing taken for a speaker ("The outcome showed", "the
    entire debate", "softer language", "brain cancer, which"): no mention shows a person or a
    body (:func:`_animate_mention`)? Such a source is not counted in ``sources_by_kind``."""
    if src.kind != "unknown":
        return False
    text = doc_text(doc)
    # a pronoun among the mentions ("brain cancer, which") shows nothing either way
    said = [(a, b) for a, b in src.mentions if not _pronouns(text[a:b])]
    return bool(said) and not any(_animate_mention(doc, a, b) for a, b in said)


#: How an article names its own outlet ("told this newspaper", "in an interview with us").
_SELF = ("this ", "our ")


def _registered(name: str) -> str | None:
    """The registry id of an outlet named, or given by its address ("usatoday.com")."""
    reg = registry()
    found = reg.lookup(name) or (reg.by_domain(name) if "." in name else None)
    return found.id if found else None


def _same_outlet(name: str, own: str | None) -> bool:
    low = name.lower().strip()
    if low.startswith(_SELF) or low == "us":
        return True
    if not own:
        return False
    ids = _registered(name), _registered(own)
    if None not in ids:
        return ids[0] == ids[1]  # "USA Today" is usatoday.com; "Fox News" is foxnews.com
    a, b = name.lower().removeprefix("the ").strip(), own.lower().removeprefix("the ").strip()
    return a == b or a.startswith(b) or b.startswith(a)


def _modal(word: Token) -> bool:
    """Is ``word`` under a modal of obligation or possibility (:data:`NOT_SPEECH_MODALS`)?"""
    return any(c.dep_ == "aux" and c.lower_ in NOT_SPEECH_MODALS for c in word.children)


def _not_speech_verb(word: Token) -> bool:
    """Is ``word`` a verb of thought, wish or perception (:data:`NOT_SPEECH_LEMMAS`), or under
    a modal of obligation or possibility (:data:`NOT_SPEECH_MODALS`)?"""
    return (
        word.lemma_.lower() in NOT_SPEECH_LEMMAS or word.lower_ in NOT_SPEECH_FORMS or _modal(word)
    )


def _to_infinitive(word: Token) -> bool:
    return word.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)


def _nonfinite(word: Token) -> bool:
    """A "to" infinitive or a bare participle ("to ask", "crossing"), hung on another verb."""
    if word.dep_ not in ("xcomp", "advcl") or word.head.i == word.i:
        return False
    if word.tag_ == "VB":
        return _to_infinitive(word)
    return word.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in word.children)


def _unrealised(word: Token) -> bool:
    """Is the non-finite cue ``word`` something intended or supposed, not done? A "to"
    infinitive hung (through other non-finite verbs) on a verb of intention or a modal ("plan
    ... crossing a port of entry to ask for asylum"); a participle only on a modal ("would do
    well to target voters, emphasizing"): "sought to put a good face on it, describing Japan
    as an ally" describes what was said."""
    which = _not_speech_verb if _to_infinitive(word) else _modal
    for _ in range(_NONFINITE_STEPS):
        if not _nonfinite(word):
            return False
        word = word.head
        if which(word):
            return True
    return False


def _plea(word: Token) -> bool:
    """Is ``word`` a plea in court (:data:`PLEAS`): "pleaded guilty", "pleaded not guilty",
    "pleaded no contest", the plea the verb's child or one of the two words after it?"""
    if word.lemma_.lower() != "plead":
        return False
    after = word.doc[word.i + 1 : word.i + 3]
    return any(t.lower_ in PLEAS for t in (*word.children, *after))


def _deed(word: Token) -> bool:
    """Is ``word`` a deed done with a thing (:data:`DEEDS` with a direct object that is no
    words: "published the archives", "posted 29 points"), "agreed to" do something or to a
    thing (a commitment, as "decided to" is: "South Korea agreed to limit its exports", "by
    agreeing to quotas", since 2026-12-06; "agreed that Iran was a problem" stays speech), a
    stance taken on a thing (:data:`STANCES`: "supports the restrictions"), or an effort toward
    a deed (:data:`EFFORTS`: "pushes to hit 15 percent")?"""
    lemma = word.lemma_.lower()
    if lemma == "agree":
        if any(c.dep_ == "xcomp" and _to_infinitive(c) for c in word.children):
            return True
        return any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
            for c in word.children
        )
    if lemma in STANCES:
        return any(c.dep_ == "dobj" for c in word.children)
    if lemma in EFFORTS:  # one's own effort: "pushed Democrats to moderate" is urging
        kids = list(word.children)
        aimed = any(c.dep_ == "xcomp" and _to_infinitive(c) for c in kids)
        return aimed and not any(c.dep_ in ("dobj", "nsubj") for c in kids if c.i > word.i)
    if lemma not in DEEDS:
        return False
    objs = [c for c in word.children if c.dep_ == "dobj"]
    # a personal pronoun ("the person who posted it") may stand for words: not known a deed
    return bool(objs) and all(o.lemma_.lower() not in WORDS and o.tag_ != "PRP" for o in objs)


def _planned(word: Token) -> bool:
    """Is ``word`` a schedule (:data:`PLANNED`: "is scheduled to address"), or a "to"
    infinitive hung on one ("address", when the cue is the infinitive alone)?"""
    if word.lemma_.lower() in PLANNED:
        return True
    return word.dep_ == "xcomp" and _to_infinitive(word) and word.head.lemma_.lower() in PLANNED


def _refused_deed(word: Token) -> bool:
    """Is ``word`` a refusal to act (:data:`REFUSALS` with a "to" infinitive, and every verb of
    it, conjuncts too, one that rarely reports: :data:`REPORT_SHARE`)? A verb the lexicon never
    saw is not known to be a deed, nor is a passive ("declined to be interviewed": words
    withheld); a light verb with an object is judged by the lexicon's key for that object
    ("declined to provide details": ``provide|dobj|=detail`` 3 of 4), unknown if it has none."""
    if word.lemma_.lower() not in REFUSALS:
        return False
    done = [
        c
        for c in word.children
        if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    ]
    done += [v for c in done for v in c.conjuncts]
    lexicon = verb_lexicon()
    for verb in done:
        if any(c.dep_ == "auxpass" for c in verb.children):
            return False
        lemma = verb.lemma_.lower()
        objs = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
        if lemma in LIGHT_VERBS and objs:
            n, hits = lexicon.counts.get(f"{lemma}|dobj|={objs[0]}", (0, 0))
        else:
            n, hits = lexicon.verb_counts.get(lemma, (0, 0))
        if not n or hits >= REPORT_SHARE * n:
            return False
    return bool(done)


def _concluded(word: Token, cue_heads: frozenset[int]) -> bool:
    """Is ``word`` a judgement reached (:data:`CONCLUSIONS`) in a bare participle clause hung
    on a verb that heads no cue ("resigned, concluding that ...": why he resigned)?"""
    if word.lemma_.lower() not in CONCLUSIONS or word.tag_ != "VBG" or word.dep_ != "advcl":
        return False
    bare = not any(c.dep_ in ("aux", "auxpass") for c in word.children)
    return bare and word.head.i != word.i and word.head.i not in cue_heads


def _cue_head(doc: Doc, a: Attribution) -> Token | None:
    """The head word of the attribution's first cue span, or None."""
    for x, y in a.cue_spans:
        cue = doc.char_span(x, y, alignment_mode="expand")
        if cue is not None and len(cue):
            heads = [t for t in cue if t.head.i == t.i or not cue.start <= t.head.i < cue.end]
            return heads[0] if heads else None
    return None


def _past_cue(doc: Doc, a: Attribution) -> bool:
    """Is the cue in the past ("someone asked", "had asked", "did not ask", "was asked")?"""
    word = _cue_head(doc, a)
    if word is None:
        return False
    return word.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in word.children
    )


_PAST_AUX = frozenset({"had", "did", "was", "were"})


def _condition(mark: Token) -> bool:
    """Does ``mark`` open a clause of condition ("if", "unless"), not of manner or concession
    ("as if addressing the magnate", "even if he reserved his passion for": done all the
    same)?"""
    if mark.dep_ != "mark" or mark.lower_ not in CONDITIONS:
        return False
    return mark.i == 0 or mark.doc[mark.i - 1].lower_ not in ("as", "even")


def _speech_cue(doc: Doc, a: Attribution, cue_heads: frozenset[int] = frozenset()) -> bool:
    """Is the cue's head word no verb of thought, wish or perception (:data:`NOT_SPEECH_LEMMAS`)
    and under no modal of obligation or possibility (:data:`NOT_SPEECH_MODALS`), nor a
    non-finite verb hung on one (:func:`_unrealised`), nor said to be reported
    (:data:`RELAYED_ADVERBS`), nor a schedule (:func:`_planned`), nor a judgement reached in a
    participle on a deed (:func:`_concluded`; ``cue_heads``: the words that head cues)?"""
    for x, y in a.cue_spans:
        cue = doc.char_span(x, y, alignment_mode="expand")
        if cue is None:
            continue
        heads = [t for t in cue if t.head.i == t.i or not (cue.start <= t.head.i < cue.end)]
        if not heads:
            continue
        word = heads[0]
        if any(c.lower_ in RELAYED_ADVERBS for c in word.children):
            return False
        deed = _deed(word) and a.form not in ("direct", "mixed")  # 'posted "So terrible"'
        if _plea(word) or deed or any(map(_condition, word.children)):
            return False
        if _planned(word) or _concluded(word, cue_heads):
            return False
        if _not_speech_verb(word) or _unrealised(word):
            return False
    return True


def _apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many sentences apart two runs of sentences (first, last) are: 0 when they meet."""
    return max(0, a[0] - b[1], b[0] - a[1])


def _closing_tag(text: str, tag: Attribution, outer: Attribution, sentence: Span) -> bool:
    """Does the reporting tag of ``tag`` (its source and cue: "the Associated Press reported")
    close ``outer``'s words and its sentence, set off from them by a comma ('... was "fake and
    fabricated," the Associated Press reported.')? The sources stage's trailing tag
    (:func:`newsprov.analysis.sources.nesting.closes`, ``comma_before``) read here against the
    sentence, the comma looked for in the six characters before the tag."""
    if not tag.source_spans or not tag.cue_spans or not outer.content_spans:
        return False
    start, end = extent([*tag.source_spans, *tag.cue_spans])
    if max(b for _, b in tag.content_spans) > start or not closes(text, end, sentence[1]):
        return False
    if not min(a for a, _ in outer.content_spans) < start <= max(b for _, b in outer.content_spans):
        return False
    return comma_before(text, start, floor=sentence[0], reach=6)


def _wire_credit(doc: Doc) -> str | None:
    """The news agency the article's dateline credits ("WASHINGTON (Reuters) -"): the article
    is that agency's copy, so a source who "told Reuters" in it spoke to its writer."""
    if not Doc.has_extension("np_dateline") or doc._.np_dateline is None:
        return None
    agency: str | None = doc._.np_dateline.agency
    return agency


def build_profile(
    doc: Doc,
    sources: list[Source],
    attributions: list[Attribution],
    sentences: list[Sentence],
    removed: list[Removed],
    own_outlet: str | None = None,
) -> Profile:
    """The profile of one analysed article; ``own_outlet`` is the publishing outlet, if known."""
    by_id = {s.id: s for s in sources}
    residue = Coverage([r.span for r in removed])
    size = len(doc_text(doc))
    body = size - residue.covered((0, size))
    content = Coverage([c for a in attributions for c in a.content_spans])
    inside = sum((b - a) - residue.covered((a, b)) for a, b in content.spans)

    def kind(sid: str | None) -> str | None:
        src = by_id.get(sid) if sid else None
        return src.kind if src else None

    # the article's own outlet, and the agency whose copy it is (its dateline's credit)
    own = [own_outlet, _wire_credit(doc)]
    relaying = frozenset(
        s.id
        for s in sources
        if s.kind == "outlet" and not any(_same_outlet(s.name, o) for o in own)
    )

    # sources named by a pronoun alone, and things of unknown kind: nobody to count
    nobody = frozenset(s.id for s in sources if _pronoun_only(doc, s) or _thing(doc, s))
    total = len(attributions)
    named = sum(1 for a in attributions if kind(a.source) in NAMED_KINDS and a.source not in nobody)
    anon = sum(1 for a in attributions if kind(a.source) == "anonymous")

    # sentence of each attribution, and the sentences where another outlet relays a source's
    # words itself: told to it, or its report's speaker ("LaRue said Magruder lied", in an
    # interview with a paper, relays LaRue, not Magruder), with that outlet
    # (first, last) sentence of each attribution: a quotation over several sentences is as
    # near a relay as the nearest of them
    where: dict[str, tuple[int, int]] = {}
    for i, s in enumerate(sentences):
        for aid in s.attributions:
            where[aid] = (where[aid][0], i) if aid in where else (i, i)
    relayed_at: dict[str, list[tuple[tuple[int, int], str]]] = {}
    by_att = {a.id: a for a in attributions}
    text = doc_text(doc)
    for a in attributions:
        direct = len(a.chain) > 1 and a.chain[0] == a.source and a.chain[1] in relaying
        if a.source and a.id in where and (a.recipient in relaying or direct):
            via = a.recipient if a.recipient in relaying else a.chain[1]
            relayed_at.setdefault(a.source, []).append((where[a.id], via))
        outer = by_att.get(a.parent) if a.parent else None
        if (
            a.source in relaying
            and outer is not None
            and outer.source
            and outer.id in where
            and _closing_tag(text, a, outer, sentences[where[a.id][1]].span)
        ):
            # "Araghchi said the evidence was "fake and fabricated," the Associated Press
            # reported": the outlet's tag after the words frames them, though the parse gave
            # it the quotation alone and hung it inside them
            relayed_at.setdefault(outer.source, []).append((where[outer.id], a.source))

    def near_relays(a: Attribution) -> list[str]:
        """The outlets that relay ``a``'s source within :data:`RELAY_WINDOW` sentences of it."""
        at = where.get(a.id)
        near = relayed_at.get(a.source or "", [])
        if RELAY_WINDOW is None:
            return list(dict.fromkeys(o for _, o in near))
        if at is None:
            return []
        return list(dict.fromkeys(o for span, o in near if _apart(at, span) <= RELAY_WINDOW))

    def near_relay(a: Attribution) -> bool:
        return bool(near_relays(a))

    through: Counter[str] = Counter()
    order: dict[str, int] = {}
    for a in attributions:
        relays = [sid for sid in dict.fromkeys(a.chain) if sid in relaying]  # chain order
        if a.recipient in relaying and a.recipient not in relays:
            relays.append(a.recipient)
        for sid in relays:
            through[sid] += 1
            order.setdefault(sid, len(order))

    heads = (_cue_head(doc, a) for a in attributions)
    cue_heads = frozenset(w.i for w in heads if w is not None)
    first: list[str] = []
    for a in attributions:
        if a.parent is not None or a.source is None or a.source in first:
            continue
        if kind(a.source) in NOT_FIRST_HAND or a.evidence.startswith(NOT_SPEECH_EVIDENCE):
            continue
        name = src.name.lower().strip() if (src := by_id.get(a.source)) else ""
        if name in PRONOUN_NAMES or (name in INDEFINITE_NAMES and not _past_cue(doc, a)):
            continue
        if not relaying.isdisjoint(a.chain) or a.recipient in relaying:
            continue
        if near_relay(a):
            continue
        if not _speech_cue(doc, a, cue_heads) or outlets_own(doc, a):
            continue  # nobody relayed: what someone did, or did not say, in the outlet's words
        first.append(a.source)

    # a source who is no first-hand source anywhere in the article: its other words beside an
    # interview another outlet relays ("The Oregonian quotes a federal spokesman ... The
    # spokesman also said") are that interview's, and count for the outlet; a newsmaker who
    # also spoke to this outlet or in public ("Comey wrote", two sentences from "Comey told
    # MSNBC") keeps his other words
    for a in attributions:
        if a.parent is not None or a.source is None or a.source in first:
            continue
        if (head := _cue_head(doc, a)) is not None and (_planned(head) or _refused_deed(head)):
            # a speech to be given ("is scheduled to address"): no words yet; a refusal to act
            # ("refused to join the debate"): a deed, where "declined to discuss" withholds words
            continue
        if relaying.isdisjoint(a.chain) and a.recipient not in relaying:
            for sid in near_relays(a):
                through[sid] += 1
    second_hand = [
        SecondHand(outlet=by_id[sid].name, source=sid, attributions=n)
        for sid, n in sorted(through.items(), key=lambda kv: (-kv[1], order[kv[0]]))
    ]

    return Profile(
        attributed_share=round(inside / body, 4) if body > 0 else 0.0,
        outlet_evaluative_sentences=sum(1 for s in sentences if s.voice == "outlet-evaluative"),
        sources_by_kind=dict(
            sorted(Counter(s.kind for s in sources if s.id not in nobody).items())
        ),
        named_share=round(named / total, 4) if total else 0.0,
        anonymous_share=round(anon / total, 4) if total else 0.0,
        second_hand=second_hand,
        first_hand_sources=first,
        unsourced_figures=unsourced_figures(doc, sentences, attributions),
    )
