"""A module whose `from allnames import *` is limited by __all__."""
__all__ = ['shown', 'Also']

shown = 'shown'
hidden = 'hidden'
_underscore = 'underscore'


class Also(object):
    pass
