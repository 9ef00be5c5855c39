"""Thin Qt table models over lists of read models."""
