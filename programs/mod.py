# mod(a, b): the function whose bytecode the disassembler stage looks at.
def mod(a, b):
    ans = a % b
    return ans

print mod(7, 2)
