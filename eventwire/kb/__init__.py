"""Scripts that build eventwire's generated knowledge tables from open data.

- ``python -m eventwire.kb.build --phoenix DIR`` — people and organisations from the MIT
  Phoenix actor dictionaries → ``eventwire/data/actors/phoenix.tsv``.
- ``python -m eventwire.kb.cameo_table PATH`` — the CAMEO↔PLOVER table (CC BY-SA 4.0) →
  ``eventwire/data/cameo_plover.tsv`` (the curated ``best_for`` column is kept).
"""
