"""Coverage-guided fuzzing of the analyser (atheris).

Run: ``.venv/bin/python fuzz/fuzz_analyze.py -atheris_runs=2000`` (or with a corpus folder).
Every input must either be refused with an InputError or give a schema-valid record whose spans
lie inside the text; anything else is a crash that atheris reports with the input that made it.
"""

import sys

import atheris

with atheris.instrument_imports(include=["newsprov"]):
    from newsprov.analysis import Analyzer
    from newsprov.errors import InputError
    from newsprov.ingest import article_from_text
    from newsprov.options import Options
    from newsprov.record import schema_errors

ANALYZER = Analyzer(Options(progress=False, max_bytes=200_000))


def test_one(data: bytes) -> None:
    try:
        article = article_from_text(data, "<fuzz>", ANALYZER.options)
    except InputError:
        return
    record = ANALYZER.analyze(article)
    errors = schema_errors(record.to_dict())
    if errors or record.text != article.text:
        raise AssertionError(errors or "text changed")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
