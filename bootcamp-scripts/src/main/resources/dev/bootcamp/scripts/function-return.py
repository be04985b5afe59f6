# What does a call of a small recursive Python function return? Each shape is written twice: as the source the
# model reads, and as an evaluator here that computes the value (and the number of calls, the cost) directly.

INFO = {
    'id': 'function-return',
    'title': 'Recursive function return value',
    'domain': 'code',
    'tags': ['python', 'recursion', 'tracing', 'script'],
    'summary': ('Read one or two small recursive Python functions (linear, tree-shaped, halving, digit, two-argument,'
                ' mutually recursive and list recursion) and give the integer a call returns. Unused helper functions'
                ' may distract. The answer is checked exactly. The cost is the tracing work: the different calls a'
                ' reader evaluates (each once) plus the lines of code read.'),
    'version': 2,
    'knobs': [
        {'name': 'size', 'type': 'int', 'min': 1, 'max': 40, 'default': 6,
         'meaning': 'how large the call argument is (each shape scales it its own way)'},
        {'name': 'shapes', 'type': 'int', 'min': 1, 'max': 7, 'default': 3,
         'meaning': 'the hardest recursion shape drawn (1 linear .. 7 list recursion); the two below it are drawn too'},
        {'name': 'distractors', 'type': 'int', 'min': 0, 'max': 4, 'default': 0,
         'meaning': 'unused functions defined beside the one called'},
    ],
    'levels': [
        {'size': 2, 'shapes': 1, 'distractors': 0},
        {'size': 3, 'shapes': 2, 'distractors': 0},
        {'size': 4, 'shapes': 3, 'distractors': 0},
        {'size': 5, 'shapes': 3, 'distractors': 1},
        {'size': 6, 'shapes': 4, 'distractors': 1},
        {'size': 7, 'shapes': 5, 'distractors': 1},
        {'size': 9, 'shapes': 5, 'distractors': 2},
        {'size': 10, 'shapes': 6, 'distractors': 2},
        {'size': 12, 'shapes': 7, 'distractors': 3},
        {'size': 18, 'shapes': 7, 'distractors': 4},
    ],
    'answer_shape': 'one integer',
}


def memoised(function):
    table = {}

    def wrapper(*arguments):
        if arguments not in table:
            table[arguments] = function(*arguments)
        return table[arguments]
    return wrapper


# Each shape returns (source, call text, value, calls); calls counts the different calls a run makes, each of which a
# reader evaluates once (a naive run of a tree shape repeats calls; a reader tabulates them instead).

def linear(rng, size):
    base, start, factor, step = rng.randint(0, 2), rng.randint(1, 9), rng.randint(1, 4), rng.randint(-5, 9)
    modulus = rng.randint(50, 999)
    argument = base + size + rng.randint(1, 3)
    source = ('def f(n):\n    if n <= %d:\n        return %d\n    return (f(n - 1) * %d + %d) %% %d\n'
              % (base, start, factor, step, modulus))

    def f(n):
        if n <= base:
            return start
        return (f(n - 1) * factor + step) % modulus
    return source, 'f(%d)' % argument, f(argument), argument - base + 1


def tree(rng, size):
    scale, offset, factor, extra = rng.randint(1, 3), rng.randint(0, 9), rng.randint(1, 3), rng.randint(-4, 4)
    argument = min(size + rng.randint(2, 4), 18)
    tail = '' if extra == 0 else ' %s %d' % ('-' if extra < 0 else '+', abs(extra))
    source = ('def f(n):\n    if n < 2:\n        return %d * n + %d\n    return f(n - 1) + %d * f(n - 2)%s\n'
              % (scale, offset, factor, tail))

    @memoised
    def f(n):
        if n < 2:
            return scale * n + offset
        return f(n - 1) + factor * f(n - 2) + extra
    return source, 'f(%d)' % argument, f(argument), argument + 1


def halving(rng, size):
    start, add, times = rng.randint(1, 4), rng.randint(1, 9), rng.randint(2, 3)
    argument = rng.randint(4 * size, 12 * size + 10)
    source = ('def f(n):\n    if n == 0:\n        return %d\n    if n %% 2 == 0:\n        return f(n // 2) + %d\n'
              '    return f(n - 1) * %d %% 1000\n' % (start, add, times))

    def f(n):
        if n == 0:
            return start, 1
        if n % 2 == 0:
            value, count = f(n // 2)
            return value + add, count + 1
        value, count = f(n - 1)
        return value * times % 1000, count + 1
    value, count = f(argument)
    return source, 'f(%d)' % argument, value, count


def digits(rng, size):
    weight = rng.randint(1, 4)
    length = 2 + size // 2
    argument = rng.randint(10 ** (length - 1), 10 ** length - 1)
    if rng.randint(0, 1) == 0:
        source = ('def f(n):\n    if n < 10:\n        return n\n    return f(n // 10) * %d + n %% 10\n' % weight)

        def f(n):
            return n if n < 10 else f(n // 10) * weight + n % 10
    else:
        source = ('def f(n):\n    if n < 10:\n        return n\n    return f(n // 10) - n %% 10 * %d\n' % weight)

        def f(n):
            return n if n < 10 else f(n // 10) - n % 10 * weight
    return source, 'f(%d)' % argument, f(argument), length


def two_arguments(rng, size):
    if rng.randint(0, 1) == 0:
        a, b = rng.randint(size * 3, size * 40 + 20), rng.randint(size, size * 20 + 10)
        scale, bonus = rng.randint(1, 3), rng.randint(1, 9)
        source = 'def f(a, b):\n    if b == 0:\n        return %d * a\n    return f(b, a %% b) + %d\n' % (scale, bonus)

        def f(a, b):
            if b == 0:
                return scale * a, 1
            value, count = f(b, a % b)
            return value + bonus, count + 1
        value, count = f(a, b)
        return source, 'f(%d, %d)' % (a, b), value, count
    n = min(size + rng.randint(2, 4), 16)
    k = rng.randint(1, n - 1)
    extra = rng.randint(0, 2)
    source = ('def f(n, k):\n    if k == 0 or k == n:\n        return 1\n    return f(n - 1, k - 1) + f(n - 1, k) + %d\n' % extra)

    @memoised
    def g(n, k):
        if k == 0 or k == n:
            return 1
        return g(n - 1, k - 1) + g(n - 1, k) + extra
    return source, 'f(%d, %d)' % (n, k), g(n, k), different_calls(n, k)


def different_calls(n, k):
    seen = set()
    waiting = [(n, k)]
    while waiting:
        call = waiting.pop()
        if call in seen:
            continue
        seen.add(call)
        if call[1] != 0 and call[1] != call[0]:
            waiting.extend([(call[0] - 1, call[1] - 1), (call[0] - 1, call[1])])
    return len(seen)


def mutual(rng, size):
    first, second, step = rng.randint(0, 9), rng.randint(0, 9), rng.randint(1, 3)
    weight, times = rng.randint(1, 3), rng.randint(2, 3)
    argument = size + rng.randint(2, 6)
    source = ('def f(n):\n    if n <= 0:\n        return %d\n    return g(n - 1) + %d * n\n\n'
              'def g(n):\n    if n <= 0:\n        return %d\n    return f(n - %d) * %d - n\n'
              % (first, weight, second, step, times))

    def f(n):
        if n <= 0:
            return first, 1
        value, count = g(n - 1)
        return value + weight * n, count + 1

    def g(n):
        if n <= 0:
            return second, 1
        value, count = f(n - step)
        return value * times - n, count + 1
    value, count = f(argument)
    return source, 'f(%d)' % argument, value, count


def lists(rng, size):
    values = [rng.randint(-9, 20) for _ in range(size + rng.randint(2, 4))]
    if rng.randint(0, 1) == 0:
        source = 'def f(xs):\n    if not xs:\n        return 0\n    return xs[0] - f(xs[1:])\n'

        def f(xs):
            return 0 if not xs else xs[0] - f(xs[1:])
    else:
        limit = rng.randint(5, 12)
        source = ('def f(xs):\n    if len(xs) == 1:\n        return xs[0]\n    rest = f(xs[1:])\n'
                  '    if xs[0] > %d:\n        return rest + xs[0]\n    return max(rest, xs[0])\n' % limit)

        def f(xs):
            if len(xs) == 1:
                return xs[0]
            rest = f(xs[1:])
            if xs[0] > limit:
                return rest + xs[0]
            return max(rest, xs[0])
    return source, 'f([%s])' % ', '.join(str(value) for value in values), f(values), len(values) + 1


SHAPES = [linear, tree, halving, digits, two_arguments, mutual, lists]
DISTRACTORS = [
    'def h(n):\n    return n * 3 - 1\n',
    'def twice(n):\n    if n <= 1:\n        return 1\n    return twice(n - 1) * 2\n',
    'def last(xs):\n    return xs[-1] if xs else 0\n',
    'def k(a, b):\n    return a if a > b else k(b, a)\n',
    'def step(n):\n    return n // 2 if n % 2 == 0 else 3 * n + 1\n',
]


def generate(knobs, rng):
    hardest = knobs['shapes']
    shape = SHAPES[rng.randint(max(1, hardest - 2), hardest) - 1]
    source, call, value, calls = shape(rng, knobs['size'])
    extras = list(DISTRACTORS)
    rng.shuffle(extras)
    parts = extras[:knobs['distractors']] + [source]
    rng.shuffle(parts)
    return {'program': '\n\n'.join(part.rstrip('\n') for part in parts) + '\n', 'call': call, 'value': value,
            'calls': calls}


def question(puzzle):
    return ('Here are some Python functions (they behave the same under Python 2 and Python 3):\n\n```python\n'
            + puzzle['program'] + '```\n\nWhat does the call %s return? Answer with the integer.' % puzzle['call'])


def solve(puzzle):
    return puzzle['value']


def render(answer):
    return str(answer)


def parse(text):
    cleaned = text.strip().replace(',', '').replace('_', '').rstrip('.')
    digits = cleaned[1:] if cleaned[:1] in '+-' else cleaned
    if not digits.isdigit() or len(digits) > 60:
        raise ValueError('expected one integer, found %r' % text[:40])
    return int(cleaned)


def check(puzzle, answer):
    if answer == puzzle['value']:
        return 1
    return 0, 'the call returns a different value'


def near_misses(puzzle, gold, rng):
    return [gold + 1, gold - 1, gold * 2 + 1, -gold - 1]


def cost(puzzle):
    # the work of tracing: each different call evaluated once, plus one per line of code read
    return puzzle['calls'] + len(puzzle['program'].split('\n'))
