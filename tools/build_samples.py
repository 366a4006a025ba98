"""Rebuild the bundled sample articles from the shared MEANTIME copy (English Wikinews, CC BY).

The shared copy (``../shared/data/meantime_en/meantime.conll``) holds tokens only. This script
joins them back into readable text with a detokeniser (quote pairing, punctuation spacing,
clitics, currency), writes one ``.txt`` per chosen article into ``src/newsprov/samples/`` with
the title on the first line, the date on the second and one sentence a line after that (the
conversion keeps no paragraph breaks), and lists them in ``ATTRIBUTION.md``'s table.

    .venv/bin/python tools/build_samples.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsprov" / "samples"

#: The chosen articles: MEANTIME document key -> sample file stem. All report speech (SPE
#: event mentions) and quote people directly and indirectly.
CHOSEN = {
    "corpus_gm/127248": "wikinews-127248-gm-ceo-outlines-plan",
    "corpus_gm/127227": "wikinews-127227-obama-gm-rescue-plan",
    "corpus_apple/10450": "wikinews-10450-apple-ceo-intel-switch",
    "corpus_apple/195869": "wikinews-195869-apple-free-iphone-cases",
    "corpus_airbus/1173": "wikinews-1173-boeing-air-force-emails",
    "corpus_airbus/108294": "wikinews-108294-gao-tanker-bid-rerun",
}

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...", "'s", "'S"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "CA$", "A$", "NZ$", "HK$", "£", "€", "#"}
CLITICS = re.compile(r"^(?:n't|'s|'re|'ve|'ll|'d|'m|')$", re.I)


def read_conll(path: Path) -> dict[str, list[list[str]]]:
    """Document key -> sentences -> tokens, in file order."""
    docs: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 4 and not line.startswith("#"):
                docs[parts[0]][int(parts[1])].append(parts[3])
    return {key: [sents[i] for i in sorted(sents)] for key, sents in docs.items()}


def detokenise(tokens: list[str], state: dict[str, bool]) -> str:
    """Join one sentence's tokens. ``state`` carries open quotes across sentences."""
    out = ""
    glue = True  # no space before the next token
    brackets = 0
    tokens = list(tokens)
    # Wiki indentation colons (": Speaker: ...") and doubled colons are markup, not text.
    while tokens and tokens[0] == ":":
        tokens.pop(0)
    tokens = [t for i, t in enumerate(tokens) if not (t == ":" and i and tokens[i - 1] == ":")]
    # A quote glued to a word by the tokeniser ("''I'"): split it off.
    split: list[str] = []
    for t in tokens:
        if len(t) > 2 and t.startswith(("``", "''")):
            split += [t[:2], t[2:]]
        else:
            split.append(t)
    tokens = split
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        word = tok
        attach_left = False
        attach_right = False
        if tok == "[":
            brackets += 1
        elif tok == "]":
            if not brackets:
                continue  # the conversion lost the opening bracket: drop the orphan
            brackets -= 1
        if tok in ("``", "“"):
            word, attach_right = '"', True
            state["double"] = True
        elif tok in ("''", "”") and not state.get("double"):
            word, attach_right = '"', True  # an opening quote typed as two apostrophes
            state["double"] = True
        elif tok in ("''", "”"):
            word, attach_left = '"', True
            state["double"] = False
        elif tok == '"':
            if state.get("double"):
                attach_left = True
                state["double"] = False
            else:
                attach_right = True
                state["double"] = True
        elif tok in ("`", "‘"):
            word, attach_right = "'", True
            state["single"] = True
        elif tok in ("'", "’"):
            word, attach_left = "'", True
            if state.get("single"):
                state["single"] = False
        elif tok == "#" and re.match(r"^\d", nxt):
            word, attach_right = "£", True  # the conversion turned pound signs into '#'
            if out.endswith("GB"):
                attach_left = True
        elif tok in NO_SPACE_BEFORE or CLITICS.match(tok):
            attach_left = True
        elif out.endswith("'") and tok.lower() in ("s", "m", "d", "ll", "re", "ve", "t"):
            attach_left = True  # "I'" + "m", "Wayne'" + "s"
        elif tok == "$" and out.endswith((" US", " CA", " AU")):
            attach_left = attach_right = True
        elif tok in NO_SPACE_AFTER or tok.endswith("$"):
            attach_right = True
        if out and not glue and not attach_left:
            out += " "
        out += word
        glue = attach_right
    return out


def build(shared: Path, out: Path = OUT) -> list[tuple[str, str, str]]:
    """Write the samples into ``out``; returns (stem, title, wikinews id) for each."""
    base = shared / "data" / "meantime_en"
    docs = read_conll(base / "meantime.conll")
    titles = {}
    for mention in json.loads((base / "event_mentions.json").read_text(encoding="utf-8")):
        titles[mention["conll_doc_key"]] = mention["doc_id"]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for key, stem in CHOSEN.items():
        state: dict[str, bool] = {}
        lines = [detokenise(sent, state) for sent in docs[key]]
        (out / f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append((stem, lines[0], titles.get(key, key).split("_", 1)[0]))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the samples")
    args = parser.parse_args(argv)
    if not (args.shared / "data" / "meantime_en" / "meantime.conll").is_file():
        print(
            f"build_samples: {args.shared}/data/meantime_en/meantime.conll not found",
            file=sys.stderr,
        )
        return 1
    for stem, title, wid in build(args.shared, args.out):
        print(f"| `{stem}.txt` | {title} | {wid} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
