"""A package whose modules use Python 2's implicit relative imports."""
