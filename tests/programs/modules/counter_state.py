"""Module-level state that reload() runs again."""
print 'counter_state: executing'
try:
    RUNS += 1
except NameError:
    RUNS = 1
