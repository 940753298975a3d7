"""A package: its __init__ runs once, before any submodule."""
print 'geometry: package init, __name__ =', __name__, '__package__ =', __package__
VERSION = (1, 2)
