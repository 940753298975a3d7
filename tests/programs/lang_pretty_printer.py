# Longer program: a JSON-like serializer and pretty printer over nested dicts/lists with escaping, sorting, depth limits, a parser for round trips.
class EncodeError(TypeError):
    pass

class DecodeError(ValueError):
    def __init__(self, msg, pos):
        ValueError.__init__(self, '%s at position %d' % (msg, pos))
        self.pos = pos

ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}

def escape_string(s):
    out = ['"']
    if isinstance(s, str):
        s = s.decode('utf-8')
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(str(ch))
    out.append('"')
    return ''.join(out)

def encode_number(n):
    if isinstance(n, bool):
        return 'true' if n else 'false'
    if isinstance(n, float):
        if n != n:
            return 'NaN'
        if n in (float('inf'), float('-inf')):
            return 'Infinity' if n > 0 else '-Infinity'
        return repr(n)
    return str(n)

class Encoder(object):
    def __init__(self, indent=None, sort_keys=False, max_depth=20, item_sep=', '):
        self.indent = indent
        self.sort_keys = sort_keys
        self.max_depth = max_depth
        self.item_sep = item_sep
        self.seen = []

    def encode(self, obj):
        return ''.join(self.iterencode(obj, 0))

    def iterencode(self, obj, depth):
        if depth > self.max_depth:
            raise EncodeError('maximum depth %d exceeded' % self.max_depth)
        if obj is None:
            yield 'null'
        elif isinstance(obj, (bool, int, long, float)):
            yield encode_number(obj)
        elif isinstance(obj, basestring):
            yield escape_string(obj)
        elif isinstance(obj, dict):
            for chunk in self.encode_dict(obj, depth):
                yield chunk
        elif isinstance(obj, (list, tuple)):
            for chunk in self.encode_list(obj, depth):
                yield chunk
        elif hasattr(obj, 'to_json'):
            for chunk in self.iterencode(obj.to_json(), depth):
                yield chunk
        else:
            raise EncodeError('%s is not serializable' % type(obj).__name__)

    def newline(self, depth):
        if self.indent is None:
            return ''
        return '\n' + ' ' * (self.indent * depth)

    def check_cycle(self, obj):
        for o in self.seen:
            if o is obj:
                raise EncodeError('circular reference detected')
        self.seen.append(obj)

    def encode_list(self, lst, depth):
        if not lst:
            yield '[]'
            return
        self.check_cycle(lst)
        yield '['
        sep = self.item_sep.rstrip() if self.indent is not None else self.item_sep
        for i, item in enumerate(lst):
            if i:
                yield sep
            yield self.newline(depth + 1)
            for chunk in self.iterencode(item, depth + 1):
                yield chunk
        yield self.newline(depth)
        yield ']'
        self.seen.pop()

    def encode_dict(self, d, depth):
        if not d:
            yield '{}'
            return
        self.check_cycle(d)
        yield '{'
        items = d.items()
        if self.sort_keys:
            items.sort()
        sep = self.item_sep.rstrip() if self.indent is not None else self.item_sep
        for i, (k, v) in enumerate(items):
            if not isinstance(k, basestring):
                if isinstance(k, (int, long, float, bool)) or k is None:
                    k = self.encode(k) if k is not None else 'null'
                else:
                    raise EncodeError('key %r is not a string' % (k,))
            if i:
                yield sep
            yield self.newline(depth + 1)
            yield escape_string(k)
            yield ': '
            for chunk in self.iterencode(v, depth + 1):
                yield chunk
        yield self.newline(depth)
        yield '}'
        self.seen.pop()

class Decoder(object):
    WS = ' \t\n\r'
    def decode(self, text):
        self.text = text
        self.pos = 0
        value = self.value()
        self.skip()
        if self.pos != len(text):
            raise DecodeError('extra data', self.pos)
        return value
    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WS:
            self.pos += 1
    def peek(self):
        self.skip()
        if self.pos >= len(self.text):
            raise DecodeError('unexpected end of input', self.pos)
        return self.text[self.pos]
    def value(self):
        c = self.peek()
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (('null', None), ('true', True), ('false', False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()
    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in '+-0123456789.eE':
            self.pos += 1
        s = self.text[start:self.pos]
        if not s:
            raise DecodeError('unexpected character %r' % self.text[start], start)
        if '.' in s or 'e' in s or 'E' in s:
            return float(s)
        return int(s)
    def string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                raise DecodeError('unterminated string', self.pos)
            c = self.text[self.pos]
            if c == '"':
                self.pos += 1
                return u''.join(out)
            if c == '\\':
                nxt = self.text[self.pos + 1]
                if nxt == 'u':
                    out.append(unichr(int(self.text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                out.append({'n': u'\n', 't': u'\t', 'r': u'\r', 'b': u'\b', 'f': u'\f'}.get(nxt, nxt))
                self.pos += 2
                continue
            out.append(c)
            self.pos += 1
    def arr(self):
        self.pos += 1
        items = []
        if self.peek() == ']':
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            c = self.peek()
            self.pos += 1
            if c == ']':
                return items
            if c != ',':
                raise DecodeError("expected ',' or ']'", self.pos - 1)
    def obj(self):
        self.pos += 1
        d = {}
        if self.peek() == '}':
            self.pos += 1
            return d
        while True:
            if self.peek() != '"':
                raise DecodeError('expected string key', self.pos)
            k = self.string()
            if self.peek() != ':':
                raise DecodeError("expected ':'", self.pos)
            self.pos += 1
            d[k] = self.value()
            c = self.peek()
            self.pos += 1
            if c == '}':
                return d
            if c != ',':
                raise DecodeError("expected ',' or '}'", self.pos - 1)

class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def to_json(self):
        return {'x': self.x, 'y': self.y, 'type': 'point'}

doc = {
    'name': 'glasspy',
    'version': (2, 7, 18),
    'tags': ['vm', 'python', u'r\xe9sum\xe9'],
    'stats': {'files': 42, 'ratio': 0.125, 'big': 2 ** 70, 'neg': -1.5e-7, 'ok': True, 'none': None},
    'nested': [[1, [2, [3, []]]], {}, {'empty': []}],
    'text': 'line1\nline2\t"quoted" back\\slash',
    'points': [Point(1, 2), Point(-3, 4.5)],
    7: 'int key',
}
print Encoder(sort_keys=True).encode(doc)
print Encoder(indent=2, sort_keys=True).encode(doc)
compact = Encoder(sort_keys=True, item_sep=',').encode(doc)
print len(compact)
back = Decoder().decode(Encoder(sort_keys=True).encode(doc))
print sorted(back.keys())
print back['stats'], back['points'][1]
print back['text'] == doc['text'], back['tags'][2] == doc['tags'][2], back['version']
print Encoder().encode([float('inf'), float('-inf'), 1e100, 0.1, -0.0, 10 ** 20, u'\u2603'])

cyclic = [1, 2]
cyclic.append(cyclic)
for bad in (cyclic, {(1, 2): 'tuple key'}, set([1]), [[[[1]]]]):
    try:
        print Encoder(max_depth=2).encode(bad)
    except EncodeError as e:
        print 'EncodeError:', e
for text in ('[1, 2', '{"a" 1}', '[1 2]', '{"a": tru}', '"abc', '[1] x', '{3: 4}', ''):
    try:
        Decoder().decode(text)
    except DecodeError as e:
        print 'DecodeError:', e, '(pos %d)' % e.pos
print Decoder().decode(' { "k" : [ true , false , null , -12 , 3.5e2 , "\\u00e9\\n" ] } ')
print Encoder(indent=4).encode({'only': [{'a': [1]}]})
Encoder().encode({'obj': object()})
