"""The :class:`Candidate` record: one attribution found in a ``Doc``, before source resolution."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprov.record import Span

#: The ``extra`` key of a cited source's attribution (:mod:`.cited`): the cue spans of the
#: report it is cited for, as a tuple; that report is its parent
#: (:func:`newsprov.analysis.sources.resolve`).
CITED_FOR = "cited_for"


@dataclass
class Candidate:
    """One attribution before sources are resolved; spans are character offsets into the text.

    ``cue``, ``content``: one or more spans each (content runs over sentences and paragraphs,
    or is split by the cue). ``source_mention``: the mention this relation uses (PolNeAR/PARC
    style), None when the text names no source. ``form``: ``direct``, ``mixed``, ``indirect``
    or ``according-to``. ``evidence``: the rule that fired. ``recipient_mention``: the one told.
    ``extra``: ``key`` (the lexicon entry ``lemma|frame``, or the rule), ``sclass`` (subject
    class used by the lexicon), ``accepted`` (False only when mining), ``nested`` (True when
    another candidate's content holds this cue and source mention, the rule ``parent`` uses),
    ``channel`` (span of "in a statement"-like phrases of a verb cue), ``speaker`` (an
    interview's answer: the span of the interviewee's mention that the ``A`` label of
    ``source_mention`` stands for, :mod:`.interview`), ``context`` (mining only: what the
    learned acceptance reads of a verb frame, :func:`~.acceptance.context_of`), ``cited_for``
    (:data:`CITED_FOR`).
    """

    cue: list[Span]
    content: list[Span]
    source_mention: Span | None
    form: str
    evidence: str
    recipient_mention: Span | None = None
    extra: dict[str, object] = field(default_factory=dict)
