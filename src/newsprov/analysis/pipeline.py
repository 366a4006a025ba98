"""The analyser: one spaCy ``Language`` loaded once, articles through ``nlp.pipe`` in batches."""

from __future__ import annotations

import ctypes
import gc
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

import newsprov.analysis.components as components
from newsprov.analysis import paragraphs
from newsprov.analysis.build import build_record
from newsprov.analysis.doctext import remember_text
from newsprov.errors import InputError, LimitError, NewsprovError
from newsprov.ingest.article import Article, Failure
from newsprov.options import MODEL_PACKAGE, Options
from newsprov.record import Record


@dataclass
class Outcome:
    """The result for one input: a record, or the error that stopped it."""

    origin: str
    record: Record | None = None
    error: NewsprovError | None = None

    @property
    def ok(self) -> bool:
        return self.record is not None


def add_title_abbreviations(nlp: Language) -> None:
    """Keep each of :data:`~newsprov.analysis.paragraphs.TITLE_ABBREVIATIONS` one token with
    its full stop."""
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for title in paragraphs.TITLE_ABBREVIATIONS:
        tokenizer.add_special_case(title, [{ORTH: title}])


def load_language() -> Language:
    """The English model with newsprov's components added in their places."""
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError as e:  # the model package is missing
        raise NewsprovError(
            f"the spaCy model package {MODEL_PACKAGE!r} is not installed "
            f"(run `make demo` or `pip install -r requirements-model.txt`): {e}"
        ) from None
    add_title_abbreviations(nlp)
    nlp.add_pipe(
        components.factory_name(components.PARAGRAPHS), name=components.PARAGRAPHS, before="parser"
    )
    for name in components.NEWSPROV_COMPONENTS:
        nlp.add_pipe(components.factory_name(name), name=name)
    return nlp


class Analyzer:
    """Analyses articles into version-1 records. Create once; reuse for many articles."""

    def __init__(self, options: Options | None = None, nlp: Language | None = None) -> None:
        self.options = options or Options()
        self.nlp = nlp or load_language()
        self.model_names = [n for n in self.nlp.pipe_names if not n.startswith("newsprov.")]
        self.own_names = [n for n in self.nlp.pipe_names if n.startswith("newsprov.")]

    # -- single documents -------------------------------------------------------------
    def parse(
        self,
        text: str,
        origin: str = "<text>",
        title: str | None = None,
        own_outlet: str | None = None,
    ) -> Doc:
        """Run the whole pipeline on one text, in paragraph chunks when it is long; ``title``
        is the article's title from its metadata (a line of the text equal to it is a
        heading), ``own_outlet`` its outlet's name or address (no relay in the profile)."""
        if len(text) <= self.options.chunk_chars:
            return self.nlp(self._make_doc(text, title, own_outlet))
        started = time.monotonic()
        chunks = list(_chunks(text, self.options.chunk_chars))
        parts = []
        with self.nlp.select_pipes(enable=self.model_names + [components.PARAGRAPHS]):
            for part in self.nlp.pipe(chunks, batch_size=1):
                parts.append(part)
                self._check_time(started, origin)
        doc = components.set_metadata(
            Doc.from_docs(parts, ensure_whitespace=False), title, own_outlet
        )
        for name in self.own_names:
            if name == components.PARAGRAPHS:
                continue
            doc = self.nlp.get_pipe(name)(doc)
        return doc

    def _make_doc(self, text: str, title: str | None, own_outlet: str | None = None) -> Doc:
        """The tokenised text, with the article's metadata on it for the components."""
        return components.set_metadata(
            remember_text(self.nlp.make_doc(text), text), title, own_outlet
        )

    def _check_time(self, started: float, origin: str) -> None:
        limit = self.options.time_limit
        if limit and time.monotonic() - started > limit:
            raise self._over_time(origin)

    def _over_time(self, origin: str) -> LimitError:
        limit = self.options.time_limit
        return LimitError(
            origin,
            f"took longer than the {limit:g}-second limit (--time-limit / NEWSPROV_TIME_LIMIT)",
        )

    def analyze(self, article: Article) -> Record:
        started = time.monotonic()
        try:
            with _deadline(self.options.time_limit):
                doc = self.parse(article.text, article.origin, article.title, article.own_outlet)
                self._check_time(started, article.origin)
                return build_record(doc, article, self)
        except _Timeout:
            pass
        # raised outside the handler, so that the interruption (and through its traceback the
        # deadline's frames) is let go at once, not kept as the limit error's context
        raise self._over_time(article.origin)

    # -- many documents ---------------------------------------------------------------
    def analyze_stream(
        self,
        items: Iterable[Article | Failure],
        progress: bool | None = None,
        total: int | None = None,
    ) -> Iterator[Outcome]:
        """Analyse articles in ``nlp.pipe`` batches, yielding outcomes in input order.

        A failure (unreadable input, an article that breaks a limit or the analyser) is yielded
        as an :class:`Outcome` with ``error`` set; the stream goes on.
        """
        show = self.options.progress if progress is None else progress
        if show is None:
            show = sys.stderr.isatty()
        bar = None
        if show:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)
        try:
            batch: list[Article] = []
            for item in items:
                if isinstance(item, Failure):
                    yield from self._flush(batch, bar)
                    batch = []
                    yield Outcome(item.origin, error=item.error)
                    _tick(bar)
                    continue
                if len(item.text) > self.options.chunk_chars:
                    yield from self._flush(batch, bar)
                    batch = []
                    yield self._one(item)
                    _tick(bar)
                    continue
                batch.append(item)
                if len(batch) >= self.options.batch_size:
                    yield from self._flush(batch, bar)
                    batch = []
            yield from self._flush(batch, bar)
        finally:
            if bar is not None:
                bar.close()

    def _one(self, article: Article) -> Outcome:
        try:
            return Outcome(article.origin, record=self.analyze(article))
        except _Timeout:  # a second interrupt that landed while the first was being handled
            return Outcome(article.origin, error=self._over_time(article.origin))
        except NewsprovError as e:
            return Outcome(article.origin, error=e)
        except Exception as e:  # a bug in the analyser must not stop a batch
            return Outcome(article.origin, error=_internal(article.origin, e))

    def _flush(self, batch: list[Article], bar: object) -> Iterator[Outcome]:
        if not batch:
            return
        outcomes: list[Outcome] | None = None
        try:
            # The whole batch gets one article's time: a batch over it holds a slow article.
            with _deadline(self.options.time_limit):
                outcomes = self._batch(batch)
        except (_Timeout, Exception):
            outcomes = None
        if outcomes is None:
            # One article broke or stalled the batch: analyse them one by one to isolate it.
            for art in batch:
                yield self._one(art)
                _tick(bar)
            return
        for outcome in outcomes:
            yield outcome
            _tick(bar)

    def _batch(self, batch: list[Article]) -> list[Outcome]:
        docs = list(
            self.nlp.pipe(
                (self._make_doc(a.text, a.title, a.own_outlet) for a in batch),
                batch_size=len(batch),
            )
        )
        outcomes = []
        for art, doc in zip(batch, docs, strict=True):
            try:
                outcomes.append(Outcome(art.origin, record=build_record(doc, art, self)))
            except NewsprovError as e:
                outcomes.append(Outcome(art.origin, error=e))
            except Exception as e:
                outcomes.append(Outcome(art.origin, error=_internal(art.origin, e)))
        return outcomes


class _Timeout(BaseException):
    """Raised in the analysing thread when its time runs out (a BaseException, so that no
    ``except Exception`` inside a component swallows it)."""


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


# A delivered interrupt can be lost: Python code that runs inside the interpreter's own
# callbacks (``gc.callbacks`` hooks, such as the one Hypothesis installs; ``__del__`` methods;
# weakref callbacks) reports an exception raised there as "ignored" and goes on. So the
# watchdog fires again every ``_REFIRE_SECONDS`` until the block has ended, at most
# ``_REFIRES`` times; past that, the time checks between steps still stop the article.
# 0.25 s: far longer than the few microseconds a block takes to end once interrupted, so a
# second firing does not land while the first is being handled.
_REFIRE_SECONDS = 0.25
_REFIRES = 40
#: The lock the watchdog and the watched thread share (a seam for the tests).
_new_lock = threading.Lock


def _quiet_lost_interrupts() -> None:
    """Keep an interrupt lost inside an interpreter callback out of ``sys.unraisablehook``
    (whatever hook is installed, pytest's too, still gets every other exception). Such an
    interrupt is expected and harmless, since the watchdog fires again, but the default hook
    printed it to stderr as "Exception ignored in ...", and under pytest a second firing that
    landed while pytest's hook was still reporting the first failed the test. Installed once,
    on the first time limit, for the whole process."""
    previous = sys.unraisablehook
    if getattr(previous, "_drops_lost_interrupts", False):
        return

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        if not isinstance(unraisable.exc_value, _Timeout):
            previous(unraisable)

    hook._drops_lost_interrupts = True  # type: ignore[attr-defined]
    sys.unraisablehook = hook


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` with :class:`_Timeout`: a hard time limit, so a
    pathological article cannot stall a batch inside one component (pure-Python or between
    spaCy's compiled steps). A watchdog thread raises the exception in this thread, again
    while the block goes on (see ``_REFIRE_SECONDS``); on exit the watchdog stops and an
    exception not yet delivered is withdrawn, so it can never surface later (in a store write,
    say)."""
    if seconds <= 0:
        yield
        return
    _quiet_lost_interrupts()
    thread_id = threading.get_ident()
    lock = _new_lock()
    state = {"done": False, "fired": False}
    stop = threading.Event()

    def watch() -> None:
        if stop.wait(seconds):
            return
        for _ in range(_REFIRES):
            with lock:
                if state["done"]:
                    return
                state["fired"] = True
                _set_async_exc(thread_id, _Timeout)
            if stop.wait(_REFIRE_SECONDS):
                return

    def disarm() -> None:
        with lock:
            state["done"] = True
            if state["fired"]:
                _set_async_exc(thread_id, None)  # withdraw it if still pending
        stop.set()

    watchdog = threading.Thread(target=watch, name="newsprov-deadline", daemon=True)
    try:
        # started inside the ``try``: a limit shorter than the start itself fires while
        # ``start()`` waits for the thread, and the watchdog must still be disarmed (it went
        # on firing into whatever code ran next)
        watchdog.start()
        yield
    finally:
        # An interruption can land in the disarming too (on entering ``disarm``, say); were
        # it to escape here, the watchdog would never hear that the block ended and would
        # fire again into whatever code runs next. So it is caught here, in the caller, and
        # the disarming done again: the block has ended either way (its own exception, if
        # any, goes on).
        while True:
            try:
                disarm()
                break
            except _Timeout:
                continue


def _internal(origin: str, e: Exception) -> InputError:
    return InputError(origin, f"the analyser failed ({type(e).__name__}: {e}); please report this")


def _tick(bar: object) -> None:
    if bar is not None:
        bar.update(1)  # type: ignore[attr-defined]


def _chunks(text: str, size: int) -> Iterator[str]:
    """Split ``text`` into pieces of at most ``size`` characters, after newlines where possible
    (else after any whitespace, else hard), so that ``"".join(pieces) == text``."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = max(text.rfind(" ", start + size // 2, end), -1)
            if cut != -1:
                end = cut + 1
        yield text[start:end]
        start = end


_frozen = False


def freeze_loaded() -> None:
    """Move every object alive now (the loaded model's) out of the cyclic collector's reach
    (``gc.freeze``, after a collection so that no garbage is kept), once per process: the
    collections the components' objects set off no longer walk the model's objects again
    (about 0.1 CPU-s less over the 84 PolNeAR dev texts). Process-wide, so it is for the
    entry points that run a process for analysing (:func:`process_analyzer`), not for the
    library's :class:`Analyzer`; a second call does nothing."""
    global _frozen
    if _frozen:
        return
    _frozen = True
    gc.collect()
    gc.freeze()


def process_analyzer(options: Options | None = None) -> Analyzer:
    """The analyser a process that analyses articles runs on (the command line, the one-call
    API, the batch and service workers, the bench): :class:`Analyzer`, then
    :func:`freeze_loaded`."""
    analyzer = Analyzer(options)
    freeze_loaded()
    return analyzer


@lru_cache(maxsize=4)
def get_analyzer(options: Options | None = None) -> Analyzer:
    """A shared analyser per options value (the model loads once per process), from
    :func:`process_analyzer`."""
    return process_analyzer(options)
