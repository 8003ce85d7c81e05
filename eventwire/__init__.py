"""eventwire: who did what to whom, when, where, and who said so, from news text."""
from .model import (Actor, Article, Claim, Event, Extraction, Failure, InputError, Place, Quote, Span,
                    TimeExpression)
from .pipeline import Pipeline, extract

__version__ = "0.1.0"
__all__ = ["Actor", "Article", "Claim", "Event", "Extraction", "Failure", "InputError", "Pipeline", "Place",
           "Quote", "Span", "TimeExpression", "extract", "__version__"]
