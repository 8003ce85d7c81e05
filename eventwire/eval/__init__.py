"""Evaluation: run the pipeline on annotated gold and score it (see ``eventwire eval``)."""
