"""Loaders: read data/, validate it against the sources, build the Parquet tables."""
