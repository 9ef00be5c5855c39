"""Charts on pyqtgraph: one chart widget that keeps its plot items and updates them in place, with a
legend, a hover read-out of exact values, the same numbers in a table, and export as PNG."""
