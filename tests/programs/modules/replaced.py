"""Replaces itself in sys.modules: `import replaced` gives the replacement."""
import sys


class Replacement(object):
    def __repr__(self):
        return '<the replacement of module replaced>'

    answer = 42

sys.modules[__name__] = Replacement()
