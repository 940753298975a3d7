"""Imported by circular_a while circular_a is running."""
print 'circular_b: start'
import circular_a
SEEN = (circular_a.A_EARLY, hasattr(circular_a, 'A_LATE'))
print 'circular_b: end'
