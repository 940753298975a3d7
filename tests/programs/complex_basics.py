# Complex numbers: literals, arithmetic, attributes, repr/str and errors.
z = 3 + 4j
print z, repr(z), type(z)
print z.real, z.imag, abs(z), z.conjugate()
print 1j, -1j, 1j * 1j, 2j ** 2
print complex(1, 2), complex(1.5), complex('2-3j'), complex()
print z + 1, z - 1j, z * z, z / 2, z / (1 + 1j)
print (1 + 2j) * (3 - 4j), (1 + 2j) ** 2
print z == 3 + 4j, z != 3, 0j == 0, 1 + 0j == 1
print -z, +z
print [1j, 1 + 0j, -0j, 0.5 + 1.5j]
print complex(0, -0.0), complex(-0.0, 0), complex(1e16, 1e-5)
print abs(3 - 4j), abs(1j)
print hash(1 + 0j) == hash(1), hash(2j)
print (2 + 3j).real + (2 + 3j).imag
print 5j.imag, type(5j.imag)
print pow(1j, 2), 1j ** 0, (1 + 1j) ** 3
print str(1.5 + 2.25j), repr(1e20j), complex(float('inf'), 1)
cases = [('(1+2j) < (3+4j)', lambda: (1 + 2j) < (3 + 4j)),
         ('int(3+4j)', lambda: int(3 + 4j)),
         ('1 / 0j', lambda: 1 / 0j),
         ('complex("x")', lambda: complex("x"))]
for text, fn in cases:
    try:
        print text, fn()
    except Exception as e:
        print '->', type(e).__name__ + ':', e
print sum([1j, 2j, 3]), sorted([3, 1, 2], key=lambda n: abs(n * 1j))
