"""Writes the dict/set iteration-order fixtures that tests/dict_order.rs replays.

Usage (from the repository root): python2.7 scripts/gen_dict_order.py

Writes, and never edits by hand:
  tests/fixtures/dict_order/cases.txt    random scenarios of dict and set
                                         operations with CPython's resulting
                                         iteration orders
  tests/fixtures/dict_order/hashes.txt   keys of every hashable kind with
                                         CPython's hash() of each

The random generator has a fixed seed, so a rerun writes the same files.
The format is described at the top of each file (see HEADER below).
"""
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'dict_order')
SEED = 27182818
SCENARIOS = 3000

HEADER = """\
# Dict and set iteration orders from CPython %(version)s (64-bit, hash
# randomization off), written by scripts/gen_dict_order.py; do not edit.
#
# A scenario starts with `case N` and runs the lines after it, in order, on
# registers named a, b and c, each holding a dict or a set (values do not
# matter and are all None). KEYS is a space-separated list of keys.
#
#   new R              R = {}
#   disp R KEYS        R = {k1: None, k2: None, ...}       (a dict display)
#   comp R KEYS        R = {k: None for k in [KEYS]}
#   pairs R KEYS       R = dict([(k, None) for k in [KEYS]])
#   fromlist R KEYS    R = dict.fromkeys([KEYS])
#   fromkeys R S       S = dict.fromkeys(R)                (R a dict or set)
#   set R K            R[K] = None                         (may replace)
#   del R K            R.pop(K, None)
#   copy R S           S = R.copy()                        (dicts and sets)
#   dict R S           S = dict(R)                         (R a dict)
#   upd R S            R.update(S)                         (dicts, or sets;
#                                                           S a set or dict)
#   clear R            R.clear()                           (dicts and sets)
#   popitem R K        R.popitem() removed key K
#   snew R             R = set()
#   sdisp R KEYS       R = {k1, k2, ...}                   (a set display)
#   slist R KEYS       R = set([KEYS])
#   supdl R KEYS       R.update([KEYS])
#   sset R S           S = set(R)                          (R a dict or set)
#   or R S T           T = R | S                           (sets)
#   add R K            R.add(K)
#   discard R K        R.discard(K)
#   pop R K            R.pop() removed key K
#   check R KEYS       list(R) is KEYS, in this order
#
# A key is written without spaces:
#   123, -5            int
#   123L               long
#   f1.5, f-0.0, finf  float, as repr() writes it after the f
#   'abc               str of letters, digits and underscores
#   x00ff              str as hex bytes
#   (K,K,...)          tuple; () is the empty tuple and (K) one item
"""


def enc(k):
    """A key in the fixture's notation."""
    t = type(k)
    if t is int:
        return '%d' % k
    if t is long:
        return '%dL' % k
    if t is float:
        return 'f' + repr(k)
    if t is str:
        if re.match(r'[A-Za-z0-9_]*\Z', k):
            return "'" + k
        return 'x' + k.encode('hex')
    if t is unicode:
        return 'u' + '.'.join('%x' % ord(c) for c in k)
    if t is tuple:
        return '(' + ','.join(enc(x) for x in k) + ')'
    raise TypeError(t)


def keys_text(keys):
    return ' '.join(enc(k) for k in keys)


# ---------------------------------------------------------------- key pools

def pool_small_ints(r):
    top = r.choice([8, 16, 40, 100, 1000])
    return lambda: r.randrange(-3, top)


def pool_colliding_ints(r):
    step = r.choice([8, 16, 32, 64, 128, 1 << 20, 1 << 32, 1 << 40])
    spread = r.choice([4, 16, 64, 200])
    return lambda: step * r.randrange(-2, spread) + r.choice([0, 0, 0, 1, 3])


def pool_negative_ints(r):
    def key():
        c = r.random()
        if c < 0.3:
            return r.choice([-1, -2, -3, -8, -9])
        if c < 0.6:
            return -r.randrange(1, 200)
        if c < 0.8:
            return -(1 << r.randrange(3, 63))
        return r.choice([-sys.maxint - 1, sys.maxint, -sys.maxint])
    return key


def pool_longs(r):
    def key():
        c = r.random()
        if c < 0.2:
            return long(r.randrange(-20, 100))          # longs equal to ints
        if c < 0.4:
            return (1 << 63) + r.randrange(0, 40)
        if c < 0.55:
            return (1 << 64) * r.randrange(1, 9) + r.randrange(-3, 9)
        if c < 0.7:
            return -((1 << 64) + r.randrange(0, 40))
        if c < 0.8:
            return (2 ** 64 - 1) * r.randrange(1, 5)    # hash -2
        if c < 0.9:
            return r.randrange(1, 1 << 100) * r.choice([1, -1])
        return (1 << r.randrange(64, 130)) * r.choice([1, -1])
    return key


def pool_floats(r):
    def key():
        c = r.random()
        if c < 0.3:
            return float(r.randrange(-10, 60))           # equal to ints
        if c < 0.5:
            return r.randrange(-40, 80) / 2.0
        if c < 0.65:
            return r.uniform(-1e6, 1e6)
        if c < 0.75:
            return r.choice([0.1, 1e-300, 5e-324, 1e16, 1e20, 2.0 ** 62,
                             2.0 ** 63, 2.0 ** 64, -2.0 ** 70, 1e300,
                             float('inf'), float('-inf'), -0.0, 0.0])
        if c < 0.9:
            return r.random() * 10 ** r.randrange(-20, 20)
        return float(r.randrange(0, 1 << 53) * 2 ** r.randrange(0, 80))
    return key


def pool_strs(r):
    alphabet = r.choice(['ab', 'abcdefghijklmnopqrstuvwxyz', 'abcXYZ019_'])
    longest = r.choice([1, 2, 3, 6, 12])

    def key():
        if r.random() < 0.1:
            return ''.join(chr(r.randrange(256))
                           for _ in range(r.randrange(0, 5)))
        return ''.join(r.choice(alphabet)
                       for _ in range(r.randrange(0, longest + 1)))
    return key


def pool_tuples(r):
    ints = pool_small_ints(r)
    strs = pool_strs(r)

    def item():
        c = r.random()
        if c < 0.45:
            return ints()
        if c < 0.8:
            return strs()
        if c < 0.9:
            return long(ints())
        return tuple(ints() for _ in range(r.randrange(0, 3)))

    return lambda: tuple(item() for _ in range(r.randrange(0, 4)))


def pool_numbers_equal_across_types(r):
    """Ints, longs and floats of the same few values, so that keys of one
    type find keys of another (1 == 1L == 1.0)."""
    top = r.choice([8, 20, 64])

    def key():
        v = r.randrange(-3, top)
        return r.choice([int, long, float])(v)
    return key


POOLS = [
    pool_small_ints, pool_colliding_ints, pool_negative_ints, pool_longs,
    pool_floats, pool_strs, pool_tuples, pool_numbers_equal_across_types,
]


def make_pool(r):
    """A key generator: one pool, or a mix of two or three."""
    chosen = [p(r) for p in r.sample(POOLS, r.choice([1, 1, 1, 2, 3]))]
    if len(chosen) == 1:
        return chosen[0]
    return lambda: r.choice(chosen)()


# ---------------------------------------------------------------- scenarios

def display(keys, is_set):
    """A dict or set display of `keys`, evaluated as compiled code
    (BUILD_MAP n with STORE_MAP, or BUILD_SET n)."""
    env = dict(('k%d' % i, k) for i, k in enumerate(keys))
    if is_set:
        src = '{%s}' % ', '.join('k%d' % i for i in range(len(keys)))
    else:
        src = '{%s}' % ', '.join('k%d: None' % i for i in range(len(keys)))
    return eval(compile(src, '<display>', 'eval'), {}, env)


def comprehension(keys):
    return eval(compile('{k: None for k in keys}', '<comp>', 'eval'),
                {}, {'keys': keys})


class Scenario(object):
    def __init__(self, r):
        self.r = r
        self.lines = []
        self.regs = {}
        self.unchecked = set()
        self.key = make_pool(r)

    def emit(self, *parts):
        self.lines.append(' '.join(p for p in parts if p))
        # Any register an operation names may have changed.
        self.unchecked.update(p for p in parts[1:] if p in ('a', 'b', 'c'))

    def check(self, name):
        self.emit('check', name, keys_text(list(self.regs[name])))
        self.unchecked.discard(name)

    def some_keys(self):
        r = self.r
        if r.random() < 0.02:
            n = r.randrange(30, 150)
        else:
            n = r.choice([0, 1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12, 16, 21])
        return [self.key() for _ in range(n)]

    def existing_or_new_key(self, name):
        present = list(self.regs[name])
        if present and self.r.random() < 0.6:
            return self.r.choice(present)
        return self.key()

    def regs_of(self, kind):
        return [n for n, v in sorted(self.regs.items()) if type(v) is kind]

    def step(self):
        r = self.r
        name = r.choice('abc')
        dicts, sets = self.regs_of(dict), self.regs_of(set)
        ops = ['make_dict', 'make_set']
        if dicts:
            ops += ['dict_op'] * 8 + ['dict_merge'] * 2
        if sets:
            ops += ['set_op'] * 8 + ['set_merge'] * 2
        getattr(self, r.choice(ops))(name, dicts, sets)

    def make_dict(self, name, dicts, sets):
        r = self.r
        how = r.choice(['new', 'disp', 'disp', 'comp', 'pairs', 'fromlist'])
        if how == 'new':
            self.regs[name] = {}
            self.emit('new', name)
            return
        keys = self.some_keys()
        if how == 'disp':
            self.regs[name] = display(keys, False)
        elif how == 'comp':
            self.regs[name] = comprehension(keys)
        elif how == 'pairs':
            self.regs[name] = dict([(k, None) for k in keys])
        else:
            self.regs[name] = dict.fromkeys(keys)
        self.emit(how, name, keys_text(keys))

    def make_set(self, name, dicts, sets):
        r = self.r
        how = r.choice(['snew', 'sdisp', 'sdisp', 'slist'])
        if how == 'snew':
            self.regs[name] = set()
            self.emit('snew', name)
            return
        keys = self.some_keys()
        if how == 'sdisp':
            if not keys:
                keys = [self.key()]
            self.regs[name] = display(keys, True)
        else:
            self.regs[name] = set(keys)
        self.emit(how, name, keys_text(keys))

    def dict_op(self, name, dicts, sets):
        r = self.r
        src = r.choice(dicts)
        d = self.regs[src]
        c = r.random()
        if c < 0.4:
            for _ in range(r.choice([1, 1, 2, 4, 8])):
                k = self.existing_or_new_key(src)
                d[k] = None
                self.emit('set', src, enc(k))
        elif c < 0.7:
            for _ in range(r.choice([1, 1, 2, 5])):
                k = self.existing_or_new_key(src)
                d.pop(k, None)
                self.emit('del', src, enc(k))
        elif c < 0.82:
            for _ in range(r.choice([1, 1, 2, 3, 6])):
                if d:
                    k, _ = d.popitem()
                    self.emit('popitem', src, enc(k))
        elif c < 0.87:
            how = r.choice(['copy', 'dict'])
            self.regs[name] = d.copy() if how == 'copy' else dict(d)
            self.emit(how, src, name)
        elif c < 0.93:
            self.regs[name] = dict.fromkeys(d)
            self.emit('fromkeys', src, name)
        elif c < 0.97:
            self.regs[name] = set(d)
            self.emit('sset', src, name)
        else:
            d.clear()
            self.emit('clear', src)
        if r.random() < 0.15:
            self.check(src)

    def dict_merge(self, name, dicts, sets):
        r = self.r
        src = r.choice(dicts)
        dst = r.choice(dicts)
        self.regs[dst].update(self.regs[src])
        self.emit('upd', dst, src)
        if r.random() < 0.25:
            self.check(dst)

    def set_op(self, name, dicts, sets):
        r = self.r
        src = r.choice(sets)
        s = self.regs[src]
        c = r.random()
        if c < 0.35:
            for _ in range(r.choice([1, 1, 2, 4, 8])):
                k = self.existing_or_new_key(src)
                s.add(k)
                self.emit('add', src, enc(k))
        elif c < 0.6:
            for _ in range(r.choice([1, 1, 2, 5])):
                k = self.existing_or_new_key(src)
                s.discard(k)
                self.emit('discard', src, enc(k))
        elif c < 0.72:
            for _ in range(r.choice([1, 1, 2, 3, 6])):
                if s:
                    k = s.pop()
                    self.emit('pop', src, enc(k))
        elif c < 0.77:
            keys = self.some_keys()
            s.update(keys)
            self.emit('supdl', src, keys_text(keys))
        elif c < 0.85:
            how = r.choice(['copy', 'sset'])
            self.regs[name] = s.copy() if how == 'copy' else set(s)
            self.emit(how, src, name)
        elif c < 0.91:
            self.regs[name] = dict.fromkeys(s)
            self.emit('fromkeys', src, name)
        elif c < 0.97:
            other = r.choice(sets)
            self.regs[name] = s | self.regs[other]
            self.emit('or', src, other, name)
        else:
            s.clear()
            self.emit('clear', src)
        if r.random() < 0.15:
            self.check(src)

    def set_merge(self, name, dicts, sets):
        r = self.r
        dst = r.choice(sets)
        src = r.choice(sets + dicts)
        self.regs[dst].update(self.regs[src])
        self.emit('upd', dst, src)
        if r.random() < 0.25:
            self.check(dst)

    def churn(self):
        """Inserts, deletes and pops of a few small ints on one table: keys
        displaced into slot 0 and then deleted leave their hash there, and
        popitem() and pop() start from it (their search finger)."""
        r = self.r
        is_set = r.random() < 0.5
        self.regs['a'] = set() if is_set else {}
        self.emit('snew' if is_set else 'new', 'a')
        t = self.regs['a']
        for _ in range(r.randrange(10, 30)):
            c = r.random()
            k = r.randrange(0, 24)
            if c < 0.5:
                if is_set:
                    t.add(k)
                else:
                    t[k] = None
                self.emit('add' if is_set else 'set', 'a', enc(k))
            elif c < 0.75:
                t.discard(k) if is_set else t.pop(k, None)
                self.emit('discard' if is_set else 'del', 'a', enc(k))
            elif t:
                k = t.pop() if is_set else t.popitem()[0]
                self.emit('pop' if is_set else 'popitem', 'a', enc(k))

    def run_checks(self):
        for name in sorted(self.unchecked):
            self.check(name)
        return self.lines

    def run(self):
        if self.r.random() < 0.05:
            self.churn()
        else:
            for _ in range(self.r.choice([1, 2, 2, 3, 4, 6, 9])):
                self.step()
        return self.run_checks()


def fixed_scenarios():
    """Hand-made scenarios, first in the file, for rules that random ones
    rarely reach."""
    out = []

    # Key 2 probes slots 2, 5, 2, 3 (all taken) and lands in slot 0. Deleted,
    # it leaves its hash 2 in slot 0, and popitem()/pop() start there: they
    # return 10 (slot 2), not 1 (slot 1).
    for is_set in (False, True):
        sc = Scenario(random.Random(0))
        sc.regs['a'] = t = set() if is_set else {}
        sc.emit('snew' if is_set else 'new', 'a')
        for k in [10, 5, 3, 1, 2]:
            t.add(k) if is_set else t.__setitem__(k, None)
            sc.emit('add' if is_set else 'set', 'a', enc(k))
        sc.check('a')
        t.discard(2) if is_set else t.pop(2)
        sc.emit('discard' if is_set else 'del', 'a', '2')
        k = t.pop() if is_set else t.popitem()[0]
        sc.emit('pop' if is_set else 'popitem', 'a', enc(k))
        sc.check('a')
        out.append(sc.lines)

    # A 10-item display starts at 16 slots; inserting one by one grows 8 -> 32.
    keys = [47, 50, 58, 45, 55, 1, 27, 53, 36, 49]
    sc = Scenario(random.Random(0))
    sc.regs['a'] = display(keys, False)
    sc.emit('disp', 'a', keys_text(keys))
    sc.regs['b'] = comprehension(keys)
    sc.emit('comp', 'b', keys_text(keys))
    sc.regs['c'] = dict(sc.regs['a'])
    sc.emit('dict', 'a', 'c')
    out.append(sc.run_checks())

    # Set displays add left to right in 2.7.18.
    keys = [8, 0, 16, 24]
    sc = Scenario(random.Random(0))
    sc.regs['a'] = display(keys, True)
    sc.emit('sdisp', 'a', keys_text(keys))
    out.append(sc.run_checks())
    return out


# ---------------------------------------------------------------- hashes

def hash_keys(r):
    """Keys of every kind for hashes.txt."""
    keys = [0, 1, -1, -2, sys.maxint, -sys.maxint - 1, 0L, -1L, 2 ** 64 - 1,
            2 ** 64, -(2 ** 64), 2 ** 63, -(2 ** 63) - 1, 0.0, -0.0, 1.0,
            -1.0, 0.5, float('inf'), float('-inf'), 2.0 ** 62, 2.0 ** 63,
            '', 'a', u'', u'a', u'\xe9', u'\U0010ffff', u'\ud800', (), ((),)]
    for _ in range(120):
        keys.append(r.randrange(-(1 << 63), 1 << 63))
        keys.append(long(r.randrange(-(1 << 200), 1 << 200)))
        keys.append((1 << r.randrange(60, 200)) - r.randrange(-2, 3))
        keys.append(r.uniform(-1, 1) * 10 ** r.randrange(-320, 308))
        keys.append(float(r.randrange(-(1 << 53), 1 << 53))
                    * 2.0 ** r.randrange(-60, 100))
        keys.append(''.join(chr(r.randrange(256))
                            for _ in range(r.randrange(0, 20))))
        keys.append(u''.join(unichr(r.choice([r.randrange(128),
                                              r.randrange(0x110000)]))
                             for _ in range(r.randrange(0, 8))))
    for _ in range(150):
        pick = r.choice(keys[:200] + keys[-200:])
        keys.append(tuple(r.choice(keys) for _ in range(r.randrange(0, 4)))
                    if r.random() < 0.8 else (pick, (pick,)))
    return keys


def write(path, text):
    if os.path.exists(path):
        with open(path, 'rb') as f:
            if f.read() == text:
                return
    with open(path, 'wb') as f:
        f.write(text)
    print 'wrote', path


def main():
    assert sys.version_info[:2] == (2, 7), 'run with python2.7'
    assert sys.maxint == 2 ** 63 - 1, 'needs a 64-bit build'
    assert sys.maxunicode == 0x10ffff, 'needs a UCS-4 build'
    assert hash('a') == 12416037344, 'needs hash randomization off'
    version = '.'.join(str(v) for v in sys.version_info[:3])
    if not os.path.isdir(OUT):
        os.makedirs(OUT)

    r = random.Random(SEED)
    out = [HEADER % {'version': version}]
    fixed = fixed_scenarios()
    for n in range(SCENARIOS):
        out.append('case %d\n' % n)
        lines = fixed[n] if n < len(fixed) else Scenario(r).run()
        out.extend(line + '\n' for line in lines)
    write(os.path.join(OUT, 'cases.txt'), ''.join(out))

    r = random.Random(SEED + 1)
    out = ['# hash() of keys in CPython %s (64-bit, UCS-4, hash randomization\n'
           '# off), written by scripts/gen_dict_order.py; do not edit.\n'
           '# Each line: KEY HASH, KEY written as in cases.txt, and uN.N.N a\n'
           '# unicode of those hex code points (u alone is u"").\n' % version]
    for k in hash_keys(r):
        out.append('%s %d\n' % (enc(k), hash(k)))
    write(os.path.join(OUT, 'hashes.txt'), ''.join(out))


if __name__ == '__main__':
    main()
