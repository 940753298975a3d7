"""implicit.helper."""
WHO = 'implicit.helper'
