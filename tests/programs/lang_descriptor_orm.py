# Descriptor-based model fields: a metaclass names the fields, typed/validated descriptors, defaults, per-instance storage, class-level access, to-dict, errors; ends uncaught.
class ValidationError(ValueError):
    pass

class Field(object):
    counter = 0
    def __init__(self, default=None, required=False):
        self.default = default
        self.required = required
        self.name = None
        Field.counter += 1
        self.order = Field.counter
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj._values.get(self.name, self.default)
    def __set__(self, obj, value):
        obj._values[self.name] = self.validate(value)
    def __delete__(self, obj):
        if self.required:
            raise ValidationError('%s is required and cannot be deleted' % self.name)
        obj._values.pop(self.name, None)
    def validate(self, value):
        return value
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, self.name)

class IntField(Field):
    def __init__(self, min_value=None, max_value=None, **kw):
        Field.__init__(self, **kw)
        self.min_value, self.max_value = min_value, max_value
    def validate(self, value):
        if not isinstance(value, (int, long)) or isinstance(value, bool):
            raise ValidationError('%s must be an integer, got %s' % (self.name, type(value).__name__))
        if self.min_value is not None and value < self.min_value:
            raise ValidationError('%s must be >= %d' % (self.name, self.min_value))
        if self.max_value is not None and value > self.max_value:
            raise ValidationError('%s must be <= %d' % (self.name, self.max_value))
        return value

class StrField(Field):
    def __init__(self, max_length=None, **kw):
        super(StrField, self).__init__(**kw)
        self.max_length = max_length
    def validate(self, value):
        if not isinstance(value, basestring):
            raise ValidationError('%s must be a string' % self.name)
        value = value.strip()
        if self.max_length and len(value) > self.max_length:
            raise ValidationError('%s longer than %d' % (self.name, self.max_length))
        return value

class ModelMeta(type):
    def __new__(mcs, name, bases, attrs):
        fields = []
        for base in bases:
            fields.extend(getattr(base, '_fields', []))
        own = [(k, v) for k, v in attrs.items() if isinstance(v, Field)]
        for k, v in own:
            v.name = k
        own.sort(key=lambda kv: kv[1].order)
        fields.extend(v for k, v in own)
        attrs['_fields'] = fields
        return type.__new__(mcs, name, bases, attrs)

class Model(object):
    __metaclass__ = ModelMeta
    def __init__(self, **kw):
        self._values = {}
        for f in self._fields:
            if f.name in kw:
                setattr(self, f.name, kw.pop(f.name))
            elif f.required:
                raise ValidationError('missing required field %s' % f.name)
        if kw:
            raise TypeError('unknown fields: %s' % ', '.join(sorted(kw)))
    def to_dict(self):
        return dict((f.name, getattr(self, f.name)) for f in self._fields)
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (f.name, getattr(self, f.name)) for f in self._fields))

class Person(Model):
    name = StrField(max_length=10, required=True)
    age = IntField(min_value=0, max_value=150, default=0)
    email = StrField(default='')

class Employee(Person):
    salary = IntField(min_value=0, required=True)

print Person._fields, Employee._fields
p = Person(name='  Ada  ', age=36)
print p, p.to_dict() == {'name': 'Ada', 'age': 36, 'email': ''}
p.age += 1
p.email = 'ada@example.com'
del p.email
print p, Person.age, type(Person.__dict__['age']).__name__
e = Employee(name='Grace', salary=100)
print e, isinstance(e, Person), e.age
for kwargs in [dict(age=5), dict(name='x' * 11), dict(name='ok', age=-1), dict(name='ok', age=True),
               dict(name='ok', age='9'), dict(name=5), dict(name='ok', height=2)]:
    try:
        Person(**kwargs)
    except (ValidationError, TypeError) as err:
        print type(err).__name__ + ':', err
try:
    del e.name
except ValidationError as err:
    print 'ValidationError:', err
e.salary = -5
