"""The ``newsprov`` command line: one sub-command per module in this package.

Each module defines ``register(subparsers)`` adding its parser with ``func`` set; modules are
discovered here, so a stage adds its commands without touching the others. Library errors
(:class:`newsprov.errors.NewsprovError`) become one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import traceback
from collections.abc import Sequence

from newsprov import __version__
from newsprov.errors import NewsprovError
from newsprov.terminal import plain


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsprov",
        description="Who says so, and who reported it first? Attribution and provenance for news.",
    )
    parser.add_argument("--version", action="version", version=f"newsprov {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(mod, "register"):
            modules.append(mod)
    for mod in sorted(modules, key=lambda m: (getattr(m, "ORDER", 50), m.__name__)):
        mod.register(sub)
    for command in sub.choices.values():
        command.set_defaults(command_parser=command)  # to name its own usage in errors
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args, unknown = parser.parse_known_args(argv)
    except NewsprovError as e:  # a number flag's value, refused by its type: one line, no usage
        print(plain(f"newsprov: error: {e}"), file=sys.stderr)
        return e.exit_code
    if unknown:  # the command's usage, not the top level's ("analyze --bogus")
        owner = getattr(args, "command_parser", None) or parser
        owner.error(f"unrecognized arguments: {' '.join(unknown)}")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        code = args.func(args)
        return int(code or 0)
    except NewsprovError as e:
        print(plain(f"newsprov: error: {e}"), file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("newsprov: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except PermissionError as e:  # a path the system refuses (a link into /proc, say)
        if e.filename is None:
            return _internal(e)
        why = e.strerror or "Permission denied"
        print(plain(f"newsprov: error: {e.filename}: cannot be used ({why})"), file=sys.stderr)
        return 2
    except Exception as e:  # never show a traceback to a user unless asked
        return _internal(e)


def _internal(e: BaseException) -> int:
    if os.environ.get("NEWSPROV_DEBUG"):
        traceback.print_exception(e)
    print(
        f"newsprov: internal error: {type(e).__name__}: {e} "
        "(set NEWSPROV_DEBUG=1 to see the traceback, and please report it)",
        file=sys.stderr,
    )
    return 70


if __name__ == "__main__":
    sys.exit(main())
