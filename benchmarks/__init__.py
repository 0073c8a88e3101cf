"""Synthetic tables at scale and the benchmark of the dashboard and its API."""
