"""The dashboard's data-access, view, formatting and extract layer; pages stay thin."""
