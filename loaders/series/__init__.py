"""Readers of official datasets (`data/series/<dataset>/`): one module per file format."""
