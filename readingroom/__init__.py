"""Reading Room: saved news articles in, an annotated, cross-linked, searchable MkDocs site out."""

__version__ = "0.1.0"
