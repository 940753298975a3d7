# string: the module's public names, and what its classes and functions are
import string

print [n for n in dir(string) if not n.startswith('_')]
print string.Template, type(string.Template), string.Template.__bases__
print string.Formatter, type(string.Formatter), string.Formatter.__bases__
print type(string.maketrans).__name__, string.maketrans.__name__
print [name for name in sorted(vars(string.Formatter)) if not name.startswith('__')]
print [name for name in sorted(vars(string.Template)) if name in ('delimiter', 'idpattern', 'substitute', 'safe_substitute')]
print '_formatter_parser' in dir(str), '_formatter_field_name_split' in dir(unicode)
