# -*- coding: latin-1 -*-
# A latin-1 encoded source file: unicode literals are decoded from latin-1, byte strings keep the raw latin-1 bytes.
s = u'naïve résumé'
b = 'naïve'
print repr(s), len(s)
print repr(b), len(b)
print repr(s.encode('utf-8'))
print repr(s.encode('latin-1'))
print repr(b.decode('latin-1')), b.decode('latin-1') == s[:5]
print s.upper().encode('utf-8')
print repr(u'£'), ord(u'£'), repr(chr(0xa3)), repr('£')
print repr(u'Àÿ'.lower()), repr(u'àÿ'.upper())
