"""Colour-blind-safe colours (Okabe & Ito) in one place, so a series means the same colour on every
chart: female, male and "not recorded" keep their colours across all figures."""

from __future__ import annotations

from trainmgr.domain.enums import Sex

BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#8C8C8C"

# Yellow is last: thin lines of it are hard to see on white.
SERIES = (BLUE, ORANGE, GREEN, VERMILLION, SKY_BLUE, PURPLE, BLACK, YELLOW)

SEX_COLOURS = {Sex.FEMALE.value: ORANGE, Sex.MALE.value: BLUE, Sex.NOT_RECORDED.value: GREY}

# Roles that recur across figures (before/after, required level, warnings).
BEFORE = SKY_BLUE
AFTER = BLUE
REQUIRED = VERMILLION
GAIN = GREEN

BACKGROUND = "#FFFFFF"
AXIS = "#404040"
GRID_ALPHA = 0.15


def series_colour(index: int) -> str:
    """The colour of the index-th series of a chart whose series have no fixed colour."""
    return SERIES[index % len(SERIES)]


def sex_colour(value: str) -> str:
    return SEX_COLOURS.get(value, GREY)
