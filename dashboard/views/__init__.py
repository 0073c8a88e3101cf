"""What each page shows, computed from the tables: one module per page, small frames ready to
display. `options` holds the choices of the shared filters, `common` what the pages share."""
