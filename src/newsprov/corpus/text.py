"""Light text features shared by the corpus algorithms: tokens, stop words, titles, outlets.

Everything here is regex and table work (no spaCy), so story grouping and quote keys run on
plain text at thousands of articles per second.
"""

from __future__ import annotations

import re
import unicodedata
from importlib.resources import files


def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, shipped as ``newsprov/data/stopwords_en.txt`` (MIT; the
    file names its origin), so that nothing here imports spaCy (it costs ~0.5 s to import)."""
    text = files("newsprov").joinpath("data/stopwords_en.txt").read_text(encoding="utf-8")
    return frozenset(
        w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")
    )


STOP = _stop_words() | {
    "said", "says", "say", "told", "also", "would", "could", "like", "just", "year", "years",
    "new", "one", "two", "three", "time", "people", "week", "day", "days", "news", "report",
    "reported", "according", "including", "percent", "http", "https", "www", "com", "html",
    "htm", "article", "story", "read", "more", "mr", "mrs", "ms", "dr", "am", "pm", "edt", "est",
    "gmt", "utc", "pdt", "pst", "published", "updated", "posted", "image", "photo", "getty",
    "images", "ap", "caption",
}  # fmt: skip

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "yesterday", "tomorrow",
}  # fmt: skip

# Words that are capitalised for reasons other than naming (titles, sentence openers).
NOT_NAMES = STOP | set(MONTHS) | WEEKDAYS | {
    "president", "sen", "senator", "rep", "representative", "gov", "governor", "gen",
    "general", "secretary", "minister", "prime", "chief", "spokesman", "spokeswoman",
    "spokesperson", "officials", "official", "police", "but", "and", "the", "in", "on", "at",
    "after", "before", "while", "when", "if", "as", "for", "with", "by", "from", "this", "that",
    "these", "those", "there", "here", "it", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "update", "breaking", "exclusive", "watch", "video", "photos",
}  # fmt: skip

TOKEN = re.compile(r"[^\W\d_](?:[\w'’.\-]*\w)?|\d+(?:[.,]\d+)*", re.UNICODE)
_SENT_END = re.compile(r"[.!?\"“”:;]\s*$|^\s*$")


def fold(s: str) -> str:
    """Lower-case, accents removed, curly apostrophes straightened."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("’", "'").replace("‘", "'").lower()


def word_stem(w: str) -> str:
    """A crude plural/possessive strip so 'earthquakes' and 'earthquake' meet."""
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def tokens(text: str) -> list[tuple[str, int, int, bool]]:
    """``(token, start, end, sentence_initial)`` for the word and number tokens of ``text``."""
    out: list[tuple[str, int, int, bool]] = []
    prev_end = 0
    for m in TOKEN.finditer(text):
        gap = text[prev_end : m.start()]
        initial = (
            not out or "\n" in gap or bool(_SENT_END.search(text[max(0, prev_end - 2) : m.start()]))
        )
        tok = m.group().rstrip(".'’-")
        if tok:
            out.append((tok, m.start(), m.start() + len(tok), initial))
        prev_end = m.end()
    return out


# Outlet aliases: canonical key for the names an outlet goes by. Short forms several papers go
# by ("the Times", "the Post", "the Journal") are no alias: the analysis names the paper they
# stand for in their article ("The New York Times"), and "The Times" left is the London paper.
_OUTLETS = {
    "new york times": ("nyt", "ny times", "new york times", "nytimes", "nytimes.com"),
    "washington post": ("wapo", "washington post", "washingtonpost.com"),
    "wall street journal": ("wsj", "wall street journal", "wsj.com"),
    "associated press": ("ap", "associated press", "the ap", "a.p."),
    "reuters": ("reuters", "thomson reuters"),
    "agence france-presse": ("afp", "agence france-presse", "agence france presse"),
    "huffington post": ("hpo", "huffpost", "huffington post", "huffingtonpost.com"),
    "fox news": ("fox", "fox news", "fox news channel", "foxnews.com", "fox news network"),
    "cnn": ("cnn", "cable news network", "cnn.com"),
    "bbc": ("bbc", "bbc news", "british broadcasting corporation"),
    "al masdar news": ("al masdar", "al-masdar", "al masdar news", "almasdar", "amn"),
    "nbc news": ("nbc", "nbc news"),
    "abc news": ("abc", "abc news"),
    "cbs news": ("cbs", "cbs news"),
    "politico": ("politico",),
    "bloomberg": ("bloomberg", "bloomberg news"),
}
_OUTLET_ALIAS = {alias: key for key, names in _OUTLETS.items() for alias in names}


def outlet_key(name: str) -> str:
    """The canonical key of an outlet name: 'NYT', 'The New York Times' -> 'new york times'."""
    s = re.sub(r"[^\w.\- ]+", " ", fold(name)).strip()
    s = re.sub(r"\s+", " ", s)
    if s in _OUTLET_ALIAS:
        return _OUTLET_ALIAS[s]
    s = re.sub(r"^the ", "", s)
    s = re.sub(r"^(www\.)", "", s)
    s = re.sub(r"'s$", "", s)
    if s in _OUTLET_ALIAS:
        return _OUTLET_ALIAS[s]
    s = re.sub(r"\.(com|org|net|co\.uk)$", "", s)
    return _OUTLET_ALIAS.get(s, s)
