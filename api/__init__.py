"""HTTP extract API, served by the same process as the dashboard (see serve.py)."""
