"""Pure domain: enums, identifiers, clocks, records and statistics. No Qt, no SQL."""
