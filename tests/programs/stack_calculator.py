# A small tokenizer and stack-based calculator: infix to RPN (shunting-yard), evaluation, error reports.
class CalcError(Exception):
    pass

OPERATORS = {'+': (1, 'left'), '-': (1, 'left'), '*': (2, 'left'), '/': (2, 'left'),
             '%': (2, 'left'), '^': (3, 'right')}

def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == '.'):
                i += 1
            literal = text[start:i]
            if literal.count('.') > 1:
                raise CalcError('bad number %r at %d' % (literal, start))
            tokens.append(float(literal) if '.' in literal else int(literal))
        elif ch in OPERATORS or ch in '()':
            tokens.append(ch)
            i += 1
        else:
            raise CalcError('unexpected character %r at %d' % (ch, i))
    return tokens

def to_rpn(tokens):
    output = []
    stack = []
    previous = None
    for tok in tokens:
        if isinstance(tok, (int, long, float)):
            output.append(tok)
        elif tok == '(':
            stack.append(tok)
        elif tok == ')':
            while stack and stack[-1] != '(':
                output.append(stack.pop())
            if not stack:
                raise CalcError('unbalanced )')
            stack.pop()
        else:
            if tok == '-' and (previous is None or previous in OPERATORS or previous == '('):
                output.append(0)
            prec, assoc = OPERATORS[tok]
            while stack and stack[-1] in OPERATORS:
                top_prec = OPERATORS[stack[-1]][0]
                if top_prec > prec or (top_prec == prec and assoc == 'left'):
                    output.append(stack.pop())
                else:
                    break
            stack.append(tok)
        previous = tok
    while stack:
        op = stack.pop()
        if op == '(':
            raise CalcError('unbalanced (')
        output.append(op)
    return output

def evaluate(rpn):
    stack = []
    for tok in rpn:
        if tok in OPERATORS:
            if len(stack) < 2:
                raise CalcError('missing operand for %s' % tok)
            b = stack.pop()
            a = stack.pop()
            if tok == '+':
                stack.append(a + b)
            elif tok == '-':
                stack.append(a - b)
            elif tok == '*':
                stack.append(a * b)
            elif tok == '/':
                if b == 0:
                    raise CalcError('division by zero')
                stack.append(a / b)
            elif tok == '%':
                stack.append(a % b)
            else:
                stack.append(a ** b)
        else:
            stack.append(tok)
    if len(stack) != 1:
        raise CalcError('malformed expression, stack is %r' % (stack,))
    return stack[0]

def show_rpn(rpn):
    return ' '.join(str(t) for t in rpn)

expressions = [
    '1 + 2 * 3',
    '(1 + 2) * 3',
    '2 ^ 3 ^ 2',
    '100 / 7',
    '100.0 / 8',
    '-5 + 3',
    '2 * (3 + 4) - 10 % 4',
    '((2))',
    '1.5 * 4 - 0.25',
    '2 ^ 64',
    '7 / 0',
    '3 + ',
    '(1 + 2',
    '1 + 2)',
    '4 $ 4',
    '1..2 + 3',
]
for text in expressions:
    try:
        tokens = tokenize(text)
        rpn = to_rpn(tokens)
        value = evaluate(rpn)
        print '%-22s tokens=%-34s rpn=%-24s = %r' % (text, tokens, show_rpn(rpn), value)
    except CalcError as e:
        print '%-22s error: %s' % (text, e)
