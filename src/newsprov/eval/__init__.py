"""Evaluation: scoring newsprov's records against the shared gold corpora.

This package owns reading gold annotations (PolNeAR brat standoff, and the corpora other stages
add), the attribution scorer (:mod:`newsprov.eval.spans`), the ``newsprov eval`` sub-commands
(each module here may define ``register_eval(subparsers)``) and the accuracy gate of committed
floors (:mod:`newsprov.eval.gate`, ``eval/baselines.json`` at the repository root).
"""
