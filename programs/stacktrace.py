def function1():
    raise RuntimeError('xxx')

def function2():
    function1()

def function3():
    function2()

def function4():
    fuction3()

def function5():
    function4()

function5()
