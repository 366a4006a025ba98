"""The source directory: one entry per real source across articles.

:func:`directory_key` is the pure part (the same name always gives the same key):

* a person is ``person:<surname>`` or ``person:<surname>/<given name>``, titles
  ("Secretary of State", "Lt. Gen.", "Mr."), suffixes ("Jr.") and possessives stripped;
* an organization is ``organization:<name>`` and an outlet ``outlet:<outlet key>`` (aliases
  folded: "NYT" and "The New York Times" meet);
* a person, organization or outlet "name" with no proper name in it ("me", "the host",
  "a newspaper": an extraction slip) is scoped to its article as ``unnamed:<article>/...``;
* anonymous, group, document and unknown sources ("two U.S. officials", "critics", "the memo")
  are scoped to their article (``anonymous:<article>/<description>``): they are never merged
  across articles, since two articles' "officials" need not be the same people.

:class:`Directory` resolves person keys to entries: "Pompeo", "Mike Pompeo" and "Secretary of
State Mike Pompeo" join one entry (surname equal, given names compatible: equal, a nickname,
an initial or a prefix); "Jane Pompeo" then gets an entry of her own. A bare surname joins the
surname's only entry, or, when several people share it, the one cited most often.
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
    """A description of a person with a proper word in it, not a name: its last word is
    lower case ("the Texas governor", "the Democratic nominee"; "Moon Jae-in" is a name)."""
    words = re.findall(r"[^\W\d_][\w'’.\-]*", name)
    return bool(words) and words[-1][0].islower()


def _norm(name: str) -> str:
    s = " ".join(_words(name))
    return re.sub(r"^the ", "", s)


def directory_key(name: str, kind: str, article_id: str | None = None) -> str:
    """The pure directory key of a source name and kind (see the module docstring)."""
    if (
        kind == "person"
        and (not is_proper_name(name) or _described(name))
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


def is_scoped(key: str) -> bool:
    """Is a directory key scoped to its article (unnamed, anonymous, group, document, unknown
    sources), so that it can never meet another article's key?"""
    return key.split(":", 1)[0] not in ("person", "organization", "outlet")


@dataclass
class _Entry:
    key: str
    given: set[str] = field(default_factory=set)
    uses: int = 0


@dataclass
class Directory:
    """Resolves sources to directory entries, incrementally (see the module docstring)."""

    people: dict[str, list[_Entry]] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)

    def resolve(
        self, name: str, kind: str, article_id: str | None = None, count: bool = True
    ) -> str:
        """The entry key of this source, creating the entry when it is new (``count``: this is
        a new citation, which weighs in when a bare surname is ambiguous)."""
        if kind != "person" or not is_proper_name(name):
            key = directory_key(name, kind, article_id)
            self.keys.add(key)
            return key
        surname, given = person_parts(name)
        entries = self.people.setdefault(surname, [])
        entry = self._match(entries, given)
        if entry is None:
            key = f"person:{surname}"
            if key in self.keys:
                key = f"person:{surname}/{given or len(entries) + 1}"
            n = 2
            while key in self.keys:
                key = f"person:{surname}/{given}-{n}"
                n += 1
            entry = _Entry(key)
            entries.append(entry)
            self.keys.add(key)
        if given:
            entry.given.add(given)
        if count:
            entry.uses += 1
        return entry.key

    @staticmethod
    def _match(entries: list[_Entry], given: str | None) -> _Entry | None:
        if not entries:
            return None
        if given is None:
            return max(entries, key=lambda e: e.uses)
        full = [e for e in entries if e.given and all(given_compatible(given, g) for g in e.given)]
        if full:
            return max(full, key=lambda e: e.uses)
        bare = [e for e in entries if not e.given]
        return bare[0] if bare else None

    def to_state(self) -> dict[str, Any]:
        return {
            "people": {
                s: [[e.key, sorted(e.given), e.uses] for e in es] for s, es in self.people.items()
            },
            "keys": sorted(
                k for k in self.keys if k.startswith(("person:", "organization:", "outlet:"))
            ),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any] | None) -> Directory:
        d = cls()
        if not state:
            return d
        for surname, es in state.get("people", {}).items():
            d.people[surname] = [_Entry(k, set(g), int(u)) for k, g, u in es]
        d.keys = set(state.get("keys", []))
        return d
