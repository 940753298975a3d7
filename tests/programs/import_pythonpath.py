# PYTHONPATH entries follow the program's folder on sys.path, made absolute; a module shipped as a .pyc alone imports too.
import sys
print [p.replace(sys.path[0], '<program folder>') for p in sys.path[:2]]
import onpath
print onpath.WHERE, onpath.__file__.split('/')[-3:]
import compiled_only
print compiled_only.KIND, compiled_only.describe()
print compiled_only.__file__.split('/')[-2:]
