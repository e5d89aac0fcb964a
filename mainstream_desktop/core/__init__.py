"""The core: the workshop file, its registers, validation and reference data. No Qt here."""
