# Uncaught NameError inside a function: the message says "global name 'x' is not defined".
def parse(line):
    name, _, value = line.partition(':')
    return name.strip(), value.strip()

def load(lines):
    records = []
    for line in lines:
        if line:
            records.append(parse(line))
    return records

def report(records):
    for name, value in records:
        print '%-6s = %s' % (name, value)
    print 'fields:', len(records)
    return formatt(records)

data = """
host: example.org
port: 80
user: guest
""".splitlines()

records = load(data)
print records
report(records)
print 'not reached'
