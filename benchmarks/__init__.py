"""Benchmarks: scripts that print figures (never timed tests). Run: python -m benchmarks.run"""
