"""Mainstream Desktop: walk a national working group through mainstreaming migration
into development planning, keep the workshop in one SQLite file, produce the deliverables."""

__version__ = "0.1.0"
