# Generators over a binary search tree: recursive inorder/preorder/postorder, iterative BFS with a list queue, __iter__ as a generator method, early exit.
class Node(object):
    __slots__ = ('key', 'left', 'right')
    def __init__(self, key):
        self.key = key
        self.left = self.right = None

class BST(object):
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.insert(k)
    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
        else:
            cur = self.root
            while True:
                if key < cur.key:
                    if cur.left is None:
                        cur.left = Node(key)
                        break
                    cur = cur.left
                elif key > cur.key:
                    if cur.right is None:
                        cur.right = Node(key)
                        break
                    cur = cur.right
                else:
                    return False
        self.size += 1
        return True
    def __len__(self):
        return self.size
    def __iter__(self):
        return self.inorder(self.root)
    def inorder(self, node):
        if node is not None:
            for k in self.inorder(node.left):
                yield k
            yield node.key
            for k in self.inorder(node.right):
                yield k
    def preorder(self, node):
        if node:
            yield node.key
            for sub in (node.left, node.right):
                for k in self.preorder(sub):
                    yield k
    def postorder(self, node):
        if node:
            for k in self.postorder(node.left):
                yield k
            for k in self.postorder(node.right):
                yield k
            yield node.key
    def levels(self):
        queue = [(self.root, 0)] if self.root else []
        while queue:
            node, depth = queue.pop(0)
            yield depth, node.key
            for child in (node.left, node.right):
                if child:
                    queue.append((child, depth + 1))
    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False
    def height(self, node='root'):
        if node == 'root':
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print len(t), t.insert(40), len(t), t.height()
print list(t)
print list(t.preorder(t.root))
print list(t.postorder(t.root))
print list(t.levels())
by_level = {}
for depth, key in t.levels():
    by_level.setdefault(depth, []).append(key)
print by_level
print 45 in t, 46 in t, sum(t), max(t), min(t), sorted(t, reverse=True)[:3]
for k in t:
    if k > 40:
        print 'first above 40:', k
        break
it = iter(t)
print next(it), next(it), next(it)
print list(zip(t, t.preorder(t.root)))[:4]
words = BST('the quick brown fox jumps over the lazy dog'.split())
print list(words), len(words)
print [k for k in words if 'o' in k]
def pairs(tree):
    prev = None
    for k in tree:
        if prev is not None:
            yield prev, k
        prev = k
print list(pairs(BST([3, 1, 2])))
empty = BST()
print list(empty), list(empty.levels()), empty.height(), 5 in empty
