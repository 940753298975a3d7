"""Found through PYTHONPATH."""
WHERE = 'on PYTHONPATH'
