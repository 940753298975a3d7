"""Imports circular_b, which imports this module back while it is half done."""
print 'circular_a: start'
A_EARLY = 'a early'
import circular_b
A_LATE = 'a late'
print 'circular_a: end, b sees', circular_b.SEEN
