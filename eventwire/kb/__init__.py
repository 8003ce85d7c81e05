"""Scripts that build eventwire's generated knowledge tables from open data.

- ``python -m eventwire.kb.build --phoenix DIR`` — people and organisations from the MIT
  Phoenix actor dictionaries → ``eventwire/data/actors/phoenix.tsv``.
- ``python -m eventwire.kb.cameo_table PATH`` — the CAMEO↔PLOVER table (CC BY-SA 4.0) →
  ``eventwire/data/cameo_plover.tsv`` (the curated ``best_for`` column is kept).
- ``python -m eventwire.kb.verbs DIR`` — the MIT CAMEO verb dictionary's member verbs with
  their PLOVER readings → ``eventwire/data/cameo_verbs.tsv`` (the trigger lexicon's fallback).
"""
