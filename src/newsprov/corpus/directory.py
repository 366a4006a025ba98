"""The source directory: one entry per real source across articles.

:func:`directory_key` is the pure part (the same name always gives the same key):

* a person is ``person:<surname>`` or ``person:<surname>/<given name>``, titles
  ("Secretary of State", "Lt. Gen.", "Mr."), suffixes ("Jr.") and possessives stripped;
* an organization is ``organization:<name>`` and an outlet ``outlet:<outlet key>`` (aliases
  folded: "NYT" and "The New York Times" meet);
* a person, organization or outlet "name" with no proper name in it ("me", "the host",
  "a newspaper": an extraction slip), or a person's description ("the Texas governor"), is
  scoped to its article as ``unnamed:<article>/...`` (by :class:`Directory` too);
* anonymous, group, document and unknown sources ("two U.S. officials", "critics", "the memo")
  are scoped to their article (``anonymous:<article>/<description>``): they are never merged
  across articles, since two articles' "officials" need not be the same people.

:class:`Directory` resolves person keys to entries: "Pompeo", "Mike Pompeo" and "Secretary of
State Mike Pompeo" join one entry (surname equal, given names compatible: equal, a nickname,
an initial or a prefix); "Jane Pompeo" then gets an entry of her own. A bare surname ("Bush",
"Secretary of State Clinton") joins a person only on one-sided evidence (:meth:`Directory.resolve`):
the surname's only person, or the one person of that surname its article or its story's other
articles name in full, or the one whose titles hold the citation's ("Secretary of State"); else
it goes to the surname's ambiguous entry, ``person:bush`` (:func:`is_ambiguous`), which no full
name joins. The index forms a surname's people again from the full names cited
(:meth:`Directory.regroup`): a person's key holds the fullest of its given names
(``person:biden/joseph`` for "Joe Biden" beside "Joseph Biden"), and a given name compatible with
two people's joins the most cited; it settles bare surnames again as evidence comes
(:meth:`Directory.settle`); so neither the key nor the entry of a citation depends on the order
articles arrive in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from newsprov.corpus.text import STOP, fold, outlet_key

SCOPED_KINDS = ("anonymous", "group", "document", "unknown")

TITLE_WORDS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev",
    "reverend", "president", "vice", "secretary", "state", "defense", "defence", "homeland",
    "security", "foreign", "affairs", "treasury", "attorney", "general", "gen", "lt", "col",
    "colonel", "maj", "major", "capt", "captain", "adm", "admiral", "sgt", "sergeant", "cmdr",
    "commander", "sen", "senator", "rep", "representative", "congressman", "congresswoman",
    "gov", "governor", "mayor", "judge", "justice", "chief", "deputy", "assistant", "acting",
    "former", "ex", "prime", "minister", "chancellor", "ambassador", "spokesman", "spokeswoman",
    "spokesperson", "press", "white", "house", "speaker", "leader", "majority", "minority",
    "pope", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "national", "adviser",
    "advisor", "director", "chairman", "chairwoman", "chair", "ceo", "u.s", "us", "of", "the",
    "for", "and", "staff", "army", "navy", "air", "force", "marine", "corps", "health",
    "human", "services", "education", "energy", "interior", "labor", "commerce", "agriculture",
    "transportation", "intelligence", "republican", "democratic", "democrat", "gop", "sec",
}  # fmt: skip
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"}

NICKNAMES = [
    {"michael", "mike"}, {"william", "bill", "will", "billy"}, {"robert", "bob", "rob", "bobby"},
    {"james", "jim", "jimmy"}, {"joseph", "joe"}, {"thomas", "tom"}, {"richard", "dick", "rick"},
    {"christopher", "chris"}, {"daniel", "dan", "danny"}, {"david", "dave"},
    {"donald", "don"}, {"edward", "ed", "ted", "teddy"}, {"elizabeth", "liz", "beth"},
    {"katherine", "kate", "kathy", "catherine"}, {"margaret", "maggie", "peggy"},
    {"charles", "chuck", "charlie"}, {"anthony", "tony"}, {"nicholas", "nick"},
    {"benjamin", "ben", "bibi"}, {"samuel", "sam"}, {"steven", "stephen", "steve"},
    {"alexander", "alex"}, {"andrew", "andy"}, {"gregory", "greg"}, {"jonathan", "jon"},
    {"matthew", "matt"}, {"patrick", "pat"}, {"peter", "pete"}, {"timothy", "tim"},
    {"kenneth", "ken"}, {"ronald", "ron"}, {"lawrence", "larry"}, {"gerald", "jerry"},
    {"hillary", "hilary"}, {"barack", "barrack"},
]  # fmt: skip
_NICK = {name: i for i, group in enumerate(NICKNAMES) for name in group}


def _words(name: str) -> list[str]:
    s = fold(name)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s.'\-]", " ", s)
    return [w.strip(".'-") for w in s.split() if w.strip(".'-")]


def person_parts(name: str) -> tuple[str, str | None]:
    """``(surname, given name or None)`` of a person's name, titles and suffixes stripped."""
    words = _words(name)
    while words and words[-1].replace(".", "") in SUFFIXES:
        words.pop()
    while len(words) > 1 and words[0].replace(".", "") in TITLE_WORDS:
        words.pop(0)
    if not words:
        return fold(name).strip(), None
    surname = words[-1]
    given = words[0] if len(words) > 1 else None
    return surname, given


def given_compatible(a: str, b: str) -> bool:
    """Two given names can be the same person's: equal, nickname pair, initial or prefix."""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a in _NICK and _NICK.get(a) == _NICK.get(b):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short)


_GENERIC = {
    "me", "i", "you", "he", "she", "we", "they", "him", "her", "us", "them", "it", "man",
    "woman", "host", "reporter", "lawmaker", "source", "sources", "official", "officials",
    "newspaper", "paper", "outlet", "network", "magazine", "website", "station", "agency",
    "aide", "aides", "someone", "somebody", "anyone", "people", "person",
}  # fmt: skip


def is_proper_name(name: str) -> bool:
    """True when the name holds a capitalised word that is not a title, pronoun or role noun:
    "Mike Pompeo", "the NYT" are; "me", "the host", "Congressman", "a newspaper" are not."""
    for raw in re.findall(r"[^\W\d_][\w'’.\-]*", name):
        low = fold(raw).strip(".'-")
        if raw[0].isupper() and low not in TITLE_WORDS and low not in _GENERIC:
            return True
    return False


def is_named_body(name: str) -> bool:
    """An organization's or outlet's name test: a proper word as for people, or one made of
    words that are titles for people only ("White House", "Air Force", "State House", "U.S.
    Treasury": two capitalised words in a row) or an acronym ("GOP"), ending the name. One
    capitalised title word alone ("House", "The National") stays no name (a name cut short),
    and so does a description ("State news agency", "the U.S. attorney's office")."""
    if is_proper_name(name):
        return True
    words = re.findall(r"[^\W\d_][\w'’.\-]*", name)
    if not words or words[-1][0].islower():
        return False  # "the U.S. attorney's office", "House GOP leadership": a description
    run = 0
    for raw in words:
        low = fold(raw).strip(".'-")
        if raw[0].isupper() and low not in STOP and low not in _GENERIC:
            run += 1
            letters = raw.replace(".", "")
            if run >= 2 or len(letters) >= 2 and letters.isalpha() and letters.isupper():
                return True
        else:
            run = 0
    return False


def _described(name: str) -> bool:
    """A description of a person with a proper word in it, not a name: its last word has no
    capital ("the Texas governor", "the Democratic nominee"; "Moon Jae-in" and "Sharif
    el-Gamal", a particle before the surname, are names)."""
    words = re.findall(r"[^\W\d_][\w'’.\-]*", name)
    return bool(words) and not any(c.isupper() for c in words[-1])


def is_person_name(name: str) -> bool:
    """Is a person source's name one to meet other articles' by: a proper name
    (:func:`is_proper_name`) that is no description (its last word has a capital)? "Mike
    Pompeo", "Pompeo" are; "the host", "the Texas governor", "Weiner's spokesman" are not:
    those are scoped to their article, by :func:`directory_key` and :class:`Directory` alike."""
    return is_proper_name(name) and not _described(name)


def _norm(name: str) -> str:
    s = " ".join(_words(name))
    return re.sub(r"^the ", "", s)


def directory_key(name: str, kind: str, article_id: str | None = None) -> str:
    """The pure directory key of a source name and kind (see the module docstring)."""
    if (
        kind == "person"
        and not is_person_name(name)
        or kind in ("organization", "outlet")
        and not is_named_body(name)
    ):
        # "the host", "me", "a newspaper", "the Texas governor": no name to meet another
        # article's by
        scope = article_id if article_id is not None else "*"
        return f"unnamed:{scope}/{_norm(name)}"
    if kind == "person":
        surname, given = person_parts(name)
        return f"person:{surname}" + (f"/{given}" if given else "")
    if kind == "outlet":
        return f"outlet:{outlet_key(name)}"
    if kind == "organization":
        return f"organization:{_norm(name)}"
    scope = article_id if article_id is not None else "*"
    return f"{kind if kind in SCOPED_KINDS else 'unknown'}:{scope}/{_norm(name)}"


def is_ambiguous(key: str) -> bool:
    """Is a directory key a surname's ambiguous entry (``person:bush``, or ``person:bush/?`` in
    a directory whose first Bush was filed before this rule): bare surnames that may stand for
    any of the people of that surname? (A directory saved before the rule may also hold a
    person under ``person:<surname>``: the key alone cannot tell it.)"""
    return re.search(r"^person:[^/]*(/\?(-\d+)?)?$", key) is not None


def is_scoped(key: str) -> bool:
    """Is a directory key scoped to its article (unnamed, anonymous, group, document, unknown
    sources), so that it can never meet another article's key?"""
    return key.split(":", 1)[0] not in ("person", "organization", "outlet")


#: Title words that say nothing of a role ("Mr.", "former", "Democratic") and spellings of one
#: role ("Gov." = "governor"), for comparing the roles a person is cited with.
#:
#: ``_ROLE_FORM`` is not derived from ``analysis.sources.lexicon.TITLE_ROLES``, on purpose:
#: that table says which nouns a title may be called by ("Sen." a senator or a lawmaker, "Rep."
#: a representative, a congressman or a lawmaker), a relation with more than one answer and
#: with wider nouns, for checking that a noun can stand for a titled name; here each spelling
#: needs the one form of its role, so that role sets compare by inclusion, and a wider noun
#: would make two roles one ("Sen. Clinton" and "Rep. Clinton" both a "lawmaker"). Where both
#: tables name a spelling, this form is one of the nouns ``TITLE_ROLES`` allows for it (tested).
_NO_ROLE = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "former", "ex", "the", "of", "for", "and",
    "u.s", "us", "acting", "republican", "democratic", "democrat", "gop",
}  # fmt: skip
_ROLE_FORM = {
    "gov": "governor", "sen": "senator", "rep": "representative", "congressman":
    "representative", "congresswoman": "representative", "gen": "general", "sec": "secretary",
    "adm": "admiral", "capt": "captain", "col": "colonel", "maj": "major", "sgt": "sergeant",
    "cmdr": "commander", "prof": "professor", "rev": "reverend", "spokeswoman": "spokesman",
    "spokesperson": "spokesman", "advisor": "adviser", "chairwoman": "chairman",
    "chair": "chairman", "defence": "defense",
}  # fmt: skip

#: The mark of a surname's ambiguous entry when a person of a directory saved before the rule
#: holds ``person:<surname>``: ``person:bush/?``.
AMBIGUOUS = "?"
#: A bare surname with several candidates joins one cited this many times as often as all the
#: others together (see :meth:`Directory.resolve`).
DOMINANT = 5


def role_words(name: str, title: str | None = None) -> frozenset[str]:
    """The role a person is cited with, as title words: those of ``title`` and the title words
    that open ``name`` ("Secretary of State Clinton", "Sen. Obama"), spellings folded ("Gov." =
    "governor") and words that say no role ("Mr.", "former", "Democratic") left out."""
    words = _words(title) if title else []
    for w in _words(name)[:-1]:
        if w.replace(".", "") not in TITLE_WORDS:
            break
        words.append(w)
    out = set()
    for w in words:
        w = w.replace(".", "") if w != "u.s" else w
        if w in TITLE_WORDS and w not in _NO_ROLE:
            out.add(_ROLE_FORM.get(w, w))
    return frozenset(out)


@dataclass
class _Entry:
    key: str
    given: set[str] = field(default_factory=set)
    #: citations by a full name (one per article and name; a saved state of before the rule
    #: counted bare surnames that joined too)
    uses: int = 0
    #: role word -> how many full-name citations held it (see :func:`role_words`)
    roles: Counter[str] = field(default_factory=Counter)
    #: a surname's ambiguous entry: bare surnames no evidence gave to one person
    ambiguous: bool = False


@dataclass
class _Form:
    """The full-name citations of one given name of a surname (derived from ``said``)."""

    #: citations, one per article and name
    count: int = 0
    roles: Counter[str] = field(default_factory=Counter)
    #: ``(article id, name as cited)``
    cites: set[tuple[str, str]] = field(default_factory=set)


def fullness(given: str) -> tuple[int, str]:
    """The order in which a surname's given names open people (:meth:`Directory.regroup`): the
    fullest first (most letters: "joseph" before "joe", "michael" before "mike", "a.j" before
    "a"), then alphabetical. The first of a person's forms names its key."""
    return -len(re.sub(r"\W", "", given)), given


def _candidates(
    entries: list[_Entry], roles: frozenset[str], named: set[str], apart: set[str]
) -> list[_Entry]:
    """The people a bare surname may join on one-sided evidence (see :meth:`Directory.resolve`):
    not those its article names in full, those its story names in full when there are, then
    those whose roles hold its role when some do."""
    people = [e for e in entries if e.given and e.key not in apart]
    said = [e for e in people if e.key in named]
    if said:
        people = said
    if len(people) > 1 and roles:
        held = [e for e in people if roles <= e.roles.keys()]
        if held:
            people = held
    return people


def _dominant(people: list[_Entry], uses: dict[str, int]) -> _Entry | None:
    """Of several candidates, the one cited at least :data:`DOMINANT` times as often as all
    the others together (ties of count go to the smallest key), or None."""
    if not people:
        return None
    top = min(people, key=lambda e: (-uses[e.key], e.key))
    if uses[top.key] >= DOMINANT * sum(uses[e.key] for e in people if e is not top):
        return top
    return None


@dataclass
class Directory:
    """Resolves sources to directory entries, incrementally (see the module docstring)."""

    people: dict[str, list[_Entry]] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    #: article id -> {person's name as cited: entry key}: an article filed again keeps its
    #: keys, and a bare surname of a later article of its story meets the full names it gave
    cited: dict[str, dict[str, str]] = field(default_factory=dict)
    #: article id -> {person's name as cited: its role words}: what each citation was filed
    #: with, so that bare surnames are settled again (:meth:`settle`) and an article's
    #: citations forgotten (:meth:`forget`)
    said: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    _by_key: dict[str, _Entry] = field(default_factory=dict, repr=False)
    #: surname -> article id -> the names it cites that surname by, bare (derived from
    #: ``said``)
    _bare_at: dict[str, dict[str, set[str]]] = field(default_factory=dict, repr=False)
    #: (article id, bare name) -> the keys of its candidates (derived, see :meth:`settle`)
    _cands: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, repr=False)
    #: bare-surname citations whose candidates were found again (a count of the work done)
    settled: int = field(default=0, repr=False)
    #: surname -> given name -> its full-name citations (derived from ``said``)
    _forms: dict[str, dict[str, _Form]] = field(default_factory=dict, repr=False)
    #: full-name citations whose key :meth:`regroup` changed since :meth:`take_moved`:
    #: ``(article id, name) -> key``
    _moved: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    #: old key -> new key of people whose key :meth:`regroup` changed since :meth:`take_moved`
    _renamed: dict[str, str] = field(default_factory=dict, repr=False)
    #: surname -> did its last :meth:`regroup` meet a given name compatible with two people
    #: (whose person then depends on counts)? Absent: not formed since loaded
    _contested: dict[str, bool] = field(default_factory=dict, repr=False)
    #: surnames formed again in full (a count of the work done)
    regrouped: int = field(default=0, repr=False)

    def resolve(
        self,
        name: str,
        kind: str,
        article_id: str | None = None,
        count: bool = True,
        title: str | None = None,
        named: set[str] | None = None,
        apart: set[str] | None = None,
    ) -> str:
        """The entry key of this source, creating the entry when it is new (``count``: this is
        a new citation). A person cited by a bare surname joins a person of that surname only
        on one-sided evidence, in this order:

        * ``apart``: the entry keys of the people its own article cites by a full name are no
          candidates (the article's analysis found them someone else);
        * ``named``: the entry keys of the people its story's other articles cite by a full
          name: the candidates among them, when there are;
        * its role (``title`` and the title words of ``name``, :func:`role_words`): the
          candidates whose roles hold it, when some do;

        then it joins the one candidate left, or the one cited at least :data:`DOMINANT` times
        as often as all the others together (the surname's well-known bearer: "Obama" beside
        "Sasha Obama"), or goes to the surname's ambiguous entry, ``person:<surname>``. A full
        name never joins that entry. One call decides from the directory as it stands (a bare
        surname resolved before any full name stays there); the index files whole articles
        with :meth:`cite` and :meth:`settle` instead, whose keys do not depend on the order
        articles arrive in."""
        if kind != "person" or not is_person_name(name):
            key = directory_key(name, kind, article_id)
            self.keys.add(key)
            return key
        surname, given = person_parts(name)
        entries = self.people.setdefault(surname, [])
        if given is None:
            entry = self._bare(entries, role_words(name, title), named or set(), apart or set())
        else:
            entry = self._match(entries, given)
        if entry is None:
            entry = self._new(surname, given, entries, ambiguous=given is None)
        if given:
            entry.given.add(given)
            if count:
                entry.uses += 1
            entry.roles.update(role_words(name, title))
        elif count and entry.ambiguous:
            entry.uses += 1
        return entry.key

    def _new(
        self, surname: str, given: str | None, entries: list[_Entry], ambiguous: bool
    ) -> _Entry:
        # a person's key holds the given name; the surname alone is its ambiguous entry's (in a
        # directory saved before this rule, the first person of a surname may hold it: then
        # the ambiguous entry is ``person:<surname>/?``)
        base = f"person:{surname}" if ambiguous else f"person:{surname}/{given}"
        if ambiguous and base in self.keys:
            base = f"person:{surname}/{AMBIGUOUS}"
        key, n = base, 2
        while key in self.keys:
            key = f"{base}-{n}"
            n += 1
        entry = _Entry(key, ambiguous=ambiguous)
        entries.append(entry)
        self.keys.add(key)
        self._by_key[key] = entry
        return entry

    @staticmethod
    def _bare(
        entries: list[_Entry], roles: frozenset[str], named: set[str], apart: set[str]
    ) -> _Entry | None:
        """The entry a bare surname joins (see :meth:`resolve`); None opens a new one."""
        people = _candidates(entries, roles, named, apart)
        if len(people) == 1:
            return people[0]
        top = _dominant(people, {e.key: e.uses for e in people})
        if top is not None:
            return top
        ambiguous = [e for e in entries if e.ambiguous]
        return ambiguous[0] if ambiguous else None

    # -- the index's path: citations filed per article, bare surnames settled from them ------
    def cite(
        self, article_id: str, people: Iterable[tuple[str, str | None]]
    ) -> tuple[set[str], set[str]]:
        """File an article's person citations ``(name, title)`` (names of people only, see
        :func:`is_person_name`): full names join the given names of their surname, whose people
        are formed again (:meth:`regroup`; counted once per article and name), bare surnames
        are kept to be settled (:meth:`settle`). Returns the surnames cited and those whose
        people changed (a person new, gone or keyed anew, or a person's new role word)."""
        names: dict[str, set[str]] = {}
        for name, title in people:
            names.setdefault(name, set()).update(role_words(name, title))
        said = self.said.setdefault(article_id, {})
        self.cited.setdefault(article_id, {})
        surnames, full, reshaped_now = set(), set(), set()
        for name, roles in names.items():
            if name in said:
                continue
            said[name] = sorted(roles)
            surname, given = person_parts(name)
            surnames.add(surname)
            if given is None:
                self._bare_at.setdefault(surname, {}).setdefault(article_id, set()).add(name)
                continue
            known = given in self._forms.get(surname, {})
            self._file_form(surname, given, article_id, name, said[name], 1)
            if known and self._contested.get(surname) is False and surname not in full:
                # a known given name, none contested: the people stand; its person counts it
                entry = next(e for e in self.people[surname] if given in e.given)
                entry.uses += 1
                if not set(roles) <= entry.roles.keys():
                    reshaped_now.add(surname)
                entry.roles.update(said[name])
                continue
            full.add(surname)
        reshaped = reshaped_now | {sur for sur in sorted(full) if self.regroup(sur)}
        cited = self.cited[article_id]
        for name in names:
            surname, given = person_parts(name)
            if given is not None and name not in cited:
                cited[name] = next(e.key for e in self.people[surname] if given in e.given)
        return surnames, reshaped

    def _file_form(
        self, surname: str, given: str, article_id: str, name: str, roles: list[str], n: int
    ) -> None:
        """Count a full-name citation in (``n`` = 1) or out (``n`` = -1) of its given name."""
        forms = self._forms.setdefault(surname, {})
        form = forms.setdefault(given, _Form())
        form.count += n
        if n > 0:
            form.roles.update(roles)
            form.cites.add((article_id, name))
        else:
            form.roles.subtract(roles)
            form.roles = +form.roles
            form.cites.discard((article_id, name))
        if form.count <= 0:
            del forms[given]
            if not forms:
                del self._forms[surname]

    def regroup(self, surname: str) -> bool:
        """Form the people of a surname again from its full-name citations filed now, so that
        neither a person's key nor who a given name joins depends on the order they came in.
        The given names are taken fullest first (:func:`fullness`); each joins the person all
        of whose given names it is compatible with (:func:`given_compatible`), of several the
        most cited (ties: the smaller key), else opens a person keyed by it
        (``person:biden/joseph``, as :func:`directory_key` gives that name). Citations whose
        key changed are kept for :meth:`take_moved` (and ``cited`` updated). Returns whether
        the people changed for the bare surnames (a person's key or role words)."""
        forms = self._forms.get(surname, {})
        entries = self.people.get(surname, [])
        before = [e for e in entries if not e.ambiguous]
        groups: list[list[str]] = []
        uses: list[int] = []
        contested = False
        self.regrouped += 1
        for given in sorted(forms, key=fullness):
            fits = [i for i, g in enumerate(groups) if all(given_compatible(given, h) for h in g)]
            contested |= len(fits) > 1
            if fits:
                i = min(fits, key=lambda i: (-uses[i], groups[i][0]))
                groups[i].append(given)
                uses[i] += forms[given].count
            else:
                groups.append([given])
                uses.append(forms[given].count)
        mine = {e.key for e in before}
        for e in before:
            self.keys.discard(e.key)
            self._by_key.pop(e.key, None)
        after, key_of = [], {}
        for g, n in zip(groups, uses, strict=True):
            base = key = f"person:{surname}/{g[0]}"
            k = 2
            while key in self.keys and key not in mine:  # a key another entry holds
                key = f"{base}-{k}"
                k += 1
            roles: Counter[str] = Counter()
            for given in g:
                roles.update(forms[given].roles)
                key_of[given] = key
            entry = _Entry(key, set(g), n, roles)
            self.keys.add(key)
            self._by_key[key] = entry
            after.append(entry)
        after.sort(key=lambda e: e.key)
        ambiguous = [e for e in entries if e.ambiguous]
        if ambiguous or after:
            self.people[surname] = ambiguous + after
        else:
            self.people.pop(surname, None)
        self._contested[surname] = contested
        was: dict[str, str | None] = {}
        for e in before:
            for given in e.given:  # (a directory saved before this rule may hold one in two)
                was[given] = e.key if was.get(given, e.key) == e.key else None
        moves: dict[str, set[str]] = {}
        for given, form in forms.items():
            if given in was and was[given] == key_of[given]:
                continue  # its citations keep their key
            for aid, name in sorted(form.cites):
                cited = self.cited.setdefault(aid, {})
                old = cited.get(name)
                if old != key_of[given]:
                    cited[name] = key_of[given]
                    self._moved[(aid, name)] = key_of[given]
                    if old is not None:
                        moves.setdefault(old, set()).add(key_of[given])
        for old, new in moves.items():
            if len(new) == 1 and old not in self.keys:
                self._renamed[old] = next(iter(new))
        return {(e.key, frozenset(e.roles)) for e in before} != {
            (e.key, frozenset(e.roles)) for e in after
        }

    def take_moved(self) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
        """The full-name citations whose key :meth:`regroup` changed since the last call
        (``(article id, name) -> key``) and the people's keys it renamed (old -> new)."""
        moved, renamed = self._moved, self._renamed
        self._moved, self._renamed = {}, {}
        return moved, renamed

    def forget(self, article_id: str) -> tuple[set[str], set[str]]:
        """Take an article's person citations out (before its new version is filed): its full
        names' counts and roles, its bare surnames; the people of its surnames are formed again
        (a person left with no citation goes, and its key is free again). Returns the surnames
        it cited and those whose people changed."""
        said = self.said.pop(article_id, {})
        cited = self.cited.pop(article_id, {})
        surnames, full = set(), set()
        for name in set(said) | set(cited):
            surname, given = person_parts(name)
            surnames.add(surname)
            if given is None:
                self._bare_at.get(surname, {}).pop(article_id, None)
                self._cands.pop((article_id, name), None)
                continue
            if name in said:
                self._file_form(surname, given, article_id, name, said[name], -1)
            full.add(surname)
        for (aid, _name), _key in list(self._moved.items()):
            if aid == article_id:
                del self._moved[(aid, _name)]
        reshaped = {sur for sur in sorted(full) if self.regroup(sur)}
        return surnames, reshaped

    def bare_surnames(self, article_ids: Iterable[str]) -> set[str]:
        """The surnames these articles cite bare."""
        wanted = set(article_ids)
        return {s for s, at in self._bare_at.items() if not wanted.isdisjoint(at)}

    def settle(
        self,
        surnames: Iterable[str],
        named_of: Callable[[str], set[str]],
        only: dict[str, set[str]] | None = None,
    ) -> dict[tuple[str, str], str]:
        """Give every bare-surname citation of ``surnames`` its entry again, from the citations
        filed now, whatever order they came in (``named_of(article id)``: the entry keys its
        story's articles cite in full). First each joins its one candidate
        (:func:`_candidates`: not its article's full names, its story's, its role); those
        with several join one cited :data:`DOMINANT` times as often as the others together,
        counting full names and the first step's joins; the rest go to the surname's ambiguous
        entry. Returns the citations whose key changed: ``(article id, name) -> key``.

        A citation's candidates are kept; ``only`` (surname -> article ids) says, for a surname
        whose people did not change, the articles whose candidates may have (their story's
        full names changed): the others' are taken as kept."""
        changed: dict[tuple[str, str], str] = {}
        for surname in sorted(set(surnames)):
            entries = self.people.setdefault(surname, [])
            redo = None if only is None else only.get(surname)
            cites = []
            for aid, names in sorted(self._bare_at.get(surname, {}).items()):
                for name in sorted(names):
                    kept = self._cands.get((aid, name))
                    if kept is None or redo is None or aid in redo:
                        cited = self.cited.get(aid, {})
                        apart = {k for n, k in cited.items() if person_parts(n)[1] is not None}
                        roles = frozenset(self.said[aid][name])
                        found = _candidates(entries, roles, named_of(aid), apart)
                        kept = self._cands[(aid, name)] = tuple(e.key for e in found)
                        self.settled += 1
                    cites.append((aid, name, [self._by_key[k] for k in kept]))
            uses = {e.key: e.uses for e in entries}
            for _aid, _name, people in cites:
                if len(people) == 1:
                    uses[people[0].key] += 1
            ambiguous = [e for e in entries if e.ambiguous]
            for e in ambiguous:
                e.uses = 0
            for aid, name, people in cites:
                entry = people[0] if len(people) == 1 else _dominant(people, uses)
                if entry is None:
                    if not ambiguous:
                        ambiguous.append(self._new(surname, None, entries, ambiguous=True))
                    entry = ambiguous[0]
                    entry.uses += 1
                if self.cited.setdefault(aid, {}).get(name) != entry.key:
                    self.cited[aid][name] = entry.key
                    changed[(aid, name)] = entry.key
        return changed

    @staticmethod
    def _match(entries: list[_Entry], given: str) -> _Entry | None:
        full = [e for e in entries if e.given and all(given_compatible(given, g) for g in e.given)]
        if full:  # the most cited, ties to the smaller key (as :meth:`regroup` has it)
            return min(full, key=lambda e: (-e.uses, e.key))
        return None

    def named_in_full(self, names: dict[str, str]) -> set[str]:
        """The entry keys of the people ``names`` (name as cited -> key) cite by a full name."""
        return {k for n, k in names.items() if person_parts(n)[1] is not None}

    def to_state(self) -> dict[str, Any]:
        return {
            "people": {
                s: [
                    [e.key, sorted(e.given), e.uses, sorted(e.roles.elements()), e.ambiguous]
                    for e in es
                ]
                for s, es in self.people.items()
            },
            "keys": sorted(
                k for k in self.keys if k.startswith(("person:", "organization:", "outlet:"))
            ),
            "cited": self.cited,
            "said": self.said,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any] | None) -> Directory:
        """A directory saved by :meth:`to_state`; one saved before roles, ambiguous entries and
        the names each article cited were kept loads (its entries with no role, none
        ambiguous but those of bare surnames, and no article's names: those are filed afresh);
        one saved before the roles of each citation were kept takes them from the names cited
        ("Sen. Obama"), as no title was kept."""
        d = cls()
        if not state:
            return d
        for surname, es in state.get("people", {}).items():
            entries = []
            for k, g, u, *more in es:
                roles = Counter(more[0]) if more else Counter()
                # an entry of bare surnames saved before is ambiguous too: no full name joins it
                ambiguous = bool(more[1]) if more[1:] else not g
                entries.append(_Entry(k, set(g), int(u), roles, ambiguous))
            d.people[surname] = entries
            d._by_key.update((e.key, e) for e in entries)
        d.keys = set(state.get("keys", []))
        d.cited = {str(a): dict(ns) for a, ns in state.get("cited", {}).items()}
        if "said" in state:
            d.said = {
                str(a): {n: list(r) for n, r in ns.items()} for a, ns in state["said"].items()
            }
        else:
            d.said = {a: {n: sorted(role_words(n)) for n in ns} for a, ns in d.cited.items()}
        for a, ns in d.said.items():
            for n, r in ns.items():
                surname, given = person_parts(n)
                if given is None:
                    d._bare_at.setdefault(surname, {}).setdefault(a, set()).add(n)
                else:
                    d._file_form(surname, given, a, n, r, 1)
        return d
