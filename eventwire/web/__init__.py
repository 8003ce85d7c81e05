"""The web interface and HTTP API over the event store: ``eventwire serve`` (see
docs/web.md); ``create_app`` in ``app.py`` builds the app."""
