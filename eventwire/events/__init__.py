"""PLOVER event coding: ``EventCoder()(doc, extraction)`` adds ``Event``s to the extraction.

Modules: ``lexicon`` (trigger rows from eventwire/data/event_triggers.tsv), ``arguments``
(source and target from the parse), ``status`` (asserted/intended/…), ``details`` (contexts,
casualties), ``coder`` (putting it together), ``filter`` (the learned filter that keeps or drops
the rules' candidates), ``training`` (fitting that filter: ``eventwire train``), ``train_check`` (rule check on the CC0 training
sentences).
"""
from .coder import EventCoder
from .filter import EventFilter

__all__ = ["EventCoder", "EventFilter"]
