"""Use cases. Each service is a noun with verb methods, takes plain values and returns read models."""
