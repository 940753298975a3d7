# Longer program: a text adventure driven by a scripted list of commands (rooms, items, doors, a parser, game state, scoring).
class GameError(Exception):
    pass

class UnknownCommand(GameError):
    def __init__(self, verb):
        GameError.__init__(self, verb)
        self.verb = verb
    def __str__(self):
        return "I don't know how to '%s'." % self.verb

class Item(object):
    def __init__(self, name, description, weight=1, points=0):
        self.name = name
        self.description = description
        self.weight = weight
        self.points = points
    def __repr__(self):
        return 'Item(%r)' % self.name
    def __str__(self):
        return self.name

class Key(Item):
    def __init__(self, name, description, opens):
        Item.__init__(self, name, description, weight=1)
        self.opens = opens

class Lamp(Item):
    def __init__(self):
        Item.__init__(self, 'lamp', 'A brass lamp.', weight=2)
        self.lit = False
    @property
    def description_now(self):
        return 'A brass lamp (%s).' % ('lit' if self.lit else 'unlit')

class Room(object):
    def __init__(self, name, text, dark=False):
        self.name = name
        self.text = text
        self.dark = dark
        self.exits = {}
        self.locked = {}
        self.items = []
        self.visited = False
    def connect(self, direction, room, locked_by=None):
        self.exits[direction] = room
        if locked_by:
            self.locked[direction] = locked_by
    def find(self, name):
        for item in self.items:
            if item.name == name:
                return item
        return None
    def __repr__(self):
        return 'Room(%r)' % self.name

OPPOSITE = {'north': 'south', 'south': 'north', 'east': 'west', 'west': 'east', 'up': 'down', 'down': 'up'}

class Player(object):
    capacity = 6
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.score = 0
        self.moves = 0
    def carried_weight(self):
        return sum(i.weight for i in self.inventory)
    def has(self, name):
        return any(i.name == name for i in self.inventory)
    def get(self, name):
        for i in self.inventory:
            if i.name == name:
                return i
        raise GameError("You aren't carrying a %s." % name)

class Game(object):
    def __init__(self):
        self.output = []
        self.build_world()
        self.finished = False
        self.handlers = {}
        for name in dir(self):
            if name.startswith('do_'):
                self.handlers[name[3:]] = getattr(self, name)
        self.aliases = {'n': 'north', 's': 'south', 'e': 'east', 'w': 'west', 'u': 'up', 'd': 'down',
                        'get': 'take', 'i': 'inventory', 'l': 'look'}

    def build_world(self):
        hall = Room('Hall', 'A dusty entrance hall.')
        library = Room('Library', 'Shelves of rotting books line the walls.')
        cellar = Room('Cellar', 'A damp cellar. Water drips somewhere.', dark=True)
        vault = Room('Vault', 'A small vault with a heavy door.')
        tower = Room('Tower', 'Wind howls through the narrow windows.')
        hall.connect('north', library)
        library.connect('south', hall)
        hall.connect('down', cellar)
        cellar.connect('up', hall)
        cellar.connect('east', vault, locked_by='iron key')
        vault.connect('west', cellar)
        library.connect('up', tower)
        tower.connect('down', library)
        hall.items.append(Lamp())
        library.items.append(Item('book', 'A book titled "Python 2.7 Internals".', weight=2, points=5))
        tower.items.append(Key('iron key', 'A heavy iron key.', opens='Vault'))
        cellar.items.append(Item('rope', 'A coil of rope.', weight=3))
        vault.items.append(Item('crown', 'A jewelled crown!', weight=2, points=50))
        self.rooms = dict((r.name, r) for r in (hall, library, cellar, vault, tower))
        self.player = Player(hall)

    def say(self, text):
        self.output.append(text)
        print text

    def can_see(self):
        room = self.player.room
        if not room.dark:
            return True
        return self.player.has('lamp') and self.player.get('lamp').lit

    def describe(self, verbose=False):
        room = self.player.room
        if not self.can_see():
            self.say('It is pitch dark. You might be eaten by a grue.')
            return
        self.say('== %s ==' % room.name)
        if verbose or not room.visited:
            self.say(room.text)
        room.visited = True
        if room.items:
            self.say('You see: %s.' % ', '.join(str(i) for i in room.items))
        exits = sorted(room.exits)
        self.say('Exits: %s' % ' '.join(exits))

    def parse(self, line):
        words = line.lower().split()
        if not words:
            raise GameError('Say something.')
        verb = self.aliases.get(words[0], words[0])
        rest = ' '.join(words[1:])
        if verb in OPPOSITE:
            return 'go', verb
        if verb not in self.handlers:
            raise UnknownCommand(verb)
        return verb, rest

    def run(self, commands):
        self.describe()
        for line in commands:
            if self.finished:
                break
            self.say('> ' + line)
            try:
                verb, arg = self.parse(line)
                self.handlers[verb](arg)
                self.player.moves += 1
            except UnknownCommand as e:
                self.say(str(e))
            except GameError as e:
                self.say(e.args[0])
        self.say('Final score: %d in %d moves.' % (self.player.score, self.player.moves))

    def do_go(self, direction):
        room = self.player.room
        if direction not in room.exits:
            raise GameError("You can't go %s." % direction)
        if direction in room.locked:
            raise GameError('The way %s is locked.' % direction)
        if room.dark and not self.can_see() and direction != 'up':
            raise GameError('You stumble around in the dark.')
        self.player.room = room.exits[direction]
        self.describe()

    def do_look(self, arg):
        if not arg:
            self.describe(verbose=True)
            return
        for item in self.player.inventory + self.player.room.items:
            if item.name == arg:
                self.say(getattr(item, 'description_now', item.description))
                return
        raise GameError('There is no %s here.' % arg)

    def do_take(self, name):
        if not self.can_see():
            raise GameError('You grope around but find nothing.')
        item = self.player.room.find(name)
        if item is None:
            raise GameError('There is no %s here.' % name)
        if self.player.carried_weight() + item.weight > Player.capacity:
            raise GameError('The %s is too heavy to carry with everything else.' % name)
        self.player.room.items.remove(item)
        self.player.inventory.append(item)
        if item.points:
            self.player.score += item.points
            item.points = 0
        self.say('Taken: %s.' % name)

    def do_drop(self, name):
        item = self.player.get(name)
        self.player.inventory.remove(item)
        self.player.room.items.append(item)
        self.say('Dropped: %s.' % name)

    def do_inventory(self, arg):
        if not self.player.inventory:
            self.say('You are empty-handed.')
        else:
            self.say('You carry: %s (weight %d/%d).' % (
                ', '.join(sorted(i.name for i in self.player.inventory)),
                self.player.carried_weight(), Player.capacity))

    def do_light(self, name):
        lamp = self.player.get(name)
        if not isinstance(lamp, Lamp):
            raise GameError("You can't light the %s." % name)
        if lamp.lit:
            raise GameError('It is already lit.')
        lamp.lit = True
        self.say('The lamp is now lit.')

    def do_unlock(self, direction):
        room = self.player.room
        needed = room.locked.get(direction)
        if needed is None:
            raise GameError('Nothing to unlock %s.' % direction)
        key = self.player.get(needed)
        if key.opens != room.exits[direction].name:
            raise GameError('The key does not fit.')
        del room.locked[direction]
        self.say('Unlocked the way %s with the %s.' % (direction, key.name))

    def do_score(self, arg):
        self.say('Score: %d' % self.player.score)

    def do_quit(self, arg):
        self.say('Bye.')
        self.finished = True

script = [
    'look', 'take lamp', 'down', 'take rope', 'up', 'light lamp', 'down', 'look lamp',
    'take rope', 'east', 'unlock east', 'dance', '', 'up', 'north', 'take book', 'up',
    'take iron key', 'i', 'drop book', 'take iron key', 'i', 'down', 'south', 'down',
    'unlock east', 'east', 'drop rope', 'take crown', 'score', 'look crown', 'look sword',
    'w', 'west', 'quit', 'look',
]
game = Game()
game.run(script)
print len(game.output), 'lines of output'
print sorted(game.handlers)
print sorted((name, [i.name for i in room.items]) for name, room in game.rooms.items())
