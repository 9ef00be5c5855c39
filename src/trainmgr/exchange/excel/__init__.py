"""Workbooks people read and edit (frameworks, rosters, reports): declared column specs shared by the
writer and the reader, so the two can never disagree about a header, a type or a width."""
