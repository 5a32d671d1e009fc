"""Sample data: the small job search a newcomer tries, and five years for benchmarks."""
