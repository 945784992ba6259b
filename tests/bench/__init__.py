"""Benchmarks: scripts that print figures beside the budgets; never pass/fail tests."""
