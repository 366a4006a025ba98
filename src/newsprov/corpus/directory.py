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
name joins; a person's key holds the given name first cited (``person:bush/jeb``).
"""

from __future__ import annotations

import re
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
    uses: int = 0
    #: every role word the person was cited with (see :func:`role_words`)
    roles: set[str] = field(default_factory=set)
    #: a surname's ambiguous entry: bare surnames no evidence gave to one person
    ambiguous: bool = False


@dataclass
class Directory:
    """Resolves sources to directory entries, incrementally (see the module docstring)."""

    people: dict[str, list[_Entry]] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    #: article id -> {person's name as cited: entry key}: an article filed again keeps its
    #: keys, and a bare surname of a later article of its story meets the full names it gave
    cited: dict[str, dict[str, str]] = field(default_factory=dict)
    _by_key: dict[str, _Entry] = field(default_factory=dict, repr=False)

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
        name never joins that entry (a bare surname filed before any full name stays there:
        arrival order matters)."""
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
        entry.roles |= role_words(name, title)
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
        people = [e for e in entries if e.given and e.key not in apart]
        said = [e for e in people if e.key in named]
        if said:
            people = said
        if len(people) > 1 and roles:
            held = [e for e in people if roles <= e.roles]
            if held:
                people = held
        if len(people) == 1:
            return people[0]
        if people:
            top = max(people, key=lambda e: e.uses)
            if top.uses >= DOMINANT * sum(e.uses for e in people if e is not top):
                return top
        ambiguous = [e for e in entries if e.ambiguous]
        return ambiguous[0] if ambiguous else None

    @staticmethod
    def _match(entries: list[_Entry], given: str) -> _Entry | None:
        full = [e for e in entries if e.given and all(given_compatible(given, g) for g in e.given)]
        if full:
            return max(full, key=lambda e: e.uses)
        return None

    def named_in_full(self, names: dict[str, str]) -> set[str]:
        """The entry keys of the people ``names`` (name as cited -> key) cite by a full name."""
        return {k for n, k in names.items() if person_parts(n)[1] is not None}

    def to_state(self) -> dict[str, Any]:
        return {
            "people": {
                s: [[e.key, sorted(e.given), e.uses, sorted(e.roles), e.ambiguous] for e in es]
                for s, es in self.people.items()
            },
            "keys": sorted(
                k for k in self.keys if k.startswith(("person:", "organization:", "outlet:"))
            ),
            "cited": self.cited,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any] | None) -> Directory:
        """A directory saved by :meth:`to_state`; one saved before roles, ambiguous entries and
        the names each article cited were kept loads (its entries with no role, none
        ambiguous but those of bare surnames, and no article's names: those are filed afresh)."""
        d = cls()
        if not state:
            return d
        for surname, es in state.get("people", {}).items():
            entries = []
            for k, g, u, *more in es:
                roles = set(more[0]) if more else set()
                # an entry of bare surnames saved before is ambiguous too: no full name joins it
                ambiguous = bool(more[1]) if more[1:] else not g
                entries.append(_Entry(k, set(g), int(u), roles, ambiguous))
            d.people[surname] = entries
            d._by_key.update((e.key, e) for e in entries)
        d.keys = set(state.get("keys", []))
        d.cited = {str(a): dict(ns) for a, ns in state.get("cited", {}).items()}
        return d
