"""One module per chapter of the report, each building its flowables from a Ctx."""
