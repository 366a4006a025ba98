"""``newsprov eval CORPUS ...``: score newsprov against a shared gold corpus.

Sub-commands are discovered from the modules of :mod:`newsprov.eval` that define
``register_eval(subparsers)`` (``polnear``, and the corpora other stages add).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil

ORDER = 80


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    import newsprov.eval as eval_pkg

    p = sub.add_parser(
        "eval",
        help="score newsprov against a gold corpus (polnear, ...)",
        description="Score newsprov against a gold corpus and print the figures.",
    )
    inner = p.add_subparsers(dest="corpus", metavar="CORPUS")
    modules = []
    for info in pkgutil.iter_modules(eval_pkg.__path__):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{eval_pkg.__name__}.{info.name}")
        if hasattr(mod, "register_eval"):
            modules.append(mod)
    for mod in sorted(modules, key=lambda m: m.__name__):
        mod.register_eval(inner)
    p.set_defaults(func=lambda args: _help(p))


def _help(p: argparse.ArgumentParser) -> int:
    p.print_help()
    return 2
