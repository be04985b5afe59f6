# What does a small Python program print? The gold answer is what the program printed when Jython ran it
# (bootcamp.run_python, in a fresh sandboxed namespace), not what this generator expected.
import bootcamp

INFO = {
    'id': 'python-output',
    'title': 'Python program output',
    'domain': 'code',
    'tags': ['python', 'tracing', 'program-output', 'script'],
    'summary': ('Read a short generated Python program (integer arithmetic with // and %, lists, strings, loops,'
                ' conditionals, break, a helper function at higher levels) and write exactly what it prints. The'
                ' program behaves the same under Python 2 and 3. The gold answer is the output of actually running'
                ' the program. Lines are compared after collapsing runs of spaces; an answer with every line right is'
                ' CORRECT, otherwise the reward is the share of lines right in their place (PARTIAL), or WRONG when'
                ' none is. Printed values are numbers, lists and strings, never a bare True or False, so no constant'
                ' answer collects the partial credit.'),
    'version': 2,
    'knobs': [
        {'name': 'statements', 'type': 'int', 'min': 1, 'max': 60, 'default': 6,
         'meaning': 'statements in the program, nested ones included'},
        {'name': 'depth', 'type': 'int', 'min': 0, 'max': 4, 'default': 1,
         'meaning': 'deepest nesting of loops and conditionals'},
        {'name': 'loop', 'type': 'int', 'min': 2, 'max': 20, 'default': 4,
         'meaning': 'largest loop count'},
        {'name': 'features', 'type': 'int', 'min': 1, 'max': 4, 'default': 2,
         'meaning': '1 integers, 2 and lists, 3 and strings, 4 and a helper function'},
    ],
    'levels': [
        {'statements': 2, 'depth': 0, 'loop': 3, 'features': 1},
        {'statements': 3, 'depth': 1, 'loop': 3, 'features': 1},
        {'statements': 4, 'depth': 1, 'loop': 4, 'features': 2},
        {'statements': 5, 'depth': 1, 'loop': 4, 'features': 2},
        {'statements': 6, 'depth': 2, 'loop': 5, 'features': 3},
        {'statements': 8, 'depth': 2, 'loop': 5, 'features': 3},
        {'statements': 10, 'depth': 2, 'loop': 6, 'features': 3},
        {'statements': 12, 'depth': 3, 'loop': 6, 'features': 4},
        {'statements': 14, 'depth': 3, 'loop': 7, 'features': 4},
        {'statements': 16, 'depth': 3, 'loop': 8, 'features': 4},
    ],
    'answer_shape': 'the printed output, one line per printed line, exactly as the program prints it',
}

INTS = ['a', 'b', 'c']
LOOP_VARIABLES = ['i', 'j', 'k', 'm', 'n']
WORDS = ['code', 'loop', 'data', 'byte', 'node', 'tree', 'list', 'word', 'stack', 'queue', 'graph', 'array']
OUTPUT_SYMBOLS = ' ,-[]'  # with letters and digits, everything these programs can print
MAX_LINES = 30
MAX_WIDTH = 60


def generate(knobs, rng):
    for attempt in range(200):
        program = write_program(knobs, rng)
        try:
            output = bootcamp.run_python(program, max_millis=2000, max_output=4000)
        except RuntimeError:
            continue
        lines = output_lines(output)
        if acceptable(program, lines):
            return {'program': program, 'output': lines}
    raise RuntimeError('no acceptable program in 200 attempts')


def acceptable(program, lines):
    if not lines or len(lines) > MAX_LINES or max(len(line) for line in lines) > MAX_WIDTH:
        return False
    for line in lines:
        for token in line.replace('[', ' ').replace(']', ' ').replace(',', ' ').split():
            if token.endswith('L') and token[:-1].lstrip('-').isdigit():
                return False  # a Python 2 long; Python 3 would print it differently
    return collapse(' '.join(lines)) not in collapse(program)


def output_lines(text):
    lines = [collapse(line) for line in text.split('\n')]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def collapse(text):
    return ' '.join(text.split())


# --- the program writer ------------------------------------------------------------------------------------------

class Writer(object):
    def __init__(self, knobs, rng):
        self.rng = rng
        self.features = knobs['features']
        self.loop = knobs['loop']
        self.depth = knobs['depth']
        self.lines = []

    def emit(self, indent, text):
        self.lines.append('    ' * indent + text)

    def constant(self, low, high):
        return str(self.rng.randint(low, high))

    def int_variable(self):
        return self.rng.choice(INTS)

    def small(self, loop_variables):
        # a bounded integer expression, safe as a list element or an index
        options = ['%s %% 10' % self.int_variable(), self.constant(0, 9)]
        if loop_variables:
            options.append(self.rng.choice(loop_variables))
        return self.rng.choice(options)

    def assignment(self, loop_variables):
        target = self.int_variable()
        other = self.int_variable()
        modulus = self.constant(7, 99)
        options = [
            '%s = %s + %s' % (target, target, self.constant(1, 9)),
            '%s = %s - %s' % (target, target, self.constant(1, 9)),
            '%s = (%s * %s + %s) %% %s' % (target, target, self.constant(2, 9), other, modulus),
            '%s = (%s + %s) %% %s' % (target, other, self.constant(1, 50), modulus),
            '%s = %s // %s' % (target, other, self.constant(2, 5)),
            '%s = %s %% %s + %s' % (target, other, self.constant(2, 9), self.constant(0, 5)),
            '%s = (%s - %s) %% %s' % (target, target, other, modulus),
        ]
        if loop_variables:
            variable = self.rng.choice(loop_variables)
            options.append('%s = %s + %s' % (target, target, variable))
            options.append('%s = (%s + %s * %s) %% %s' % (target, target, variable, self.constant(2, 7), modulus))
        if self.features >= 2:
            options.append('%s = sum(xs) %% %s' % (target, modulus))
            options.append('%s = max(xs)' % target)
            options.append('%s = len(xs)' % target)
            options.append('%s = xs[-1] + %s' % (target, self.constant(0, 9)))
        if self.features >= 3:
            options.append("%s = s.count('%s')" % (target, self.rng.choice('aeiou')))
            options.append('%s = len(s) + %s' % (target, other))
            options.append("%s = s.find('%s')" % (target, self.rng.choice('aeot')))
        if self.features >= 4:
            options.append('%s = f(%s) %% %s' % (target, other, modulus))
        return self.rng.choice(options)

    def list_statement(self, loop_variables):
        options = [
            ['xs.append(%s)' % self.small(loop_variables), 'xs = xs[-6:]'],
            ['xs[%s %% len(xs)] = %s' % (self.small(loop_variables), self.small(loop_variables))],
            ['xs.reverse()'],
            ['xs.sort()'],
            ['xs = xs[1:] + xs[:1]'],
            ['xs.insert(0, %s)' % self.small(loop_variables), 'xs = xs[:6]'],
        ]
        return self.rng.choice(options)

    def string_statement(self, loop_variables):
        options = [
            's = s[1:] + s[0]',
            's = s[::-1]',
            's = s.upper()',
            's = s.lower()',
            "s = s.replace('%s', '%s')" % (self.rng.choice('aeiou'), self.rng.choice('xyz')),
            's = (s + str(%s))[-8:]' % self.small(loop_variables),
            "s = s[:%s] + '%s'" % (self.constant(2, 4), self.rng.choice(WORDS)[:2]),
        ]
        return self.rng.choice(options)

    def print_statement(self, loop_variables):
        first, second = self.rng.sample(INTS, 2)  # two names, so a sum or difference is never a - a
        options = ['print(%s)' % self.int_variable(),
                   'print(%s + %s)' % (first, second),
                   'print(%s - %s)' % (first, second)]
        if loop_variables:
            options.append('print(%s * %s)' % (self.rng.choice(loop_variables), self.int_variable()))
        if self.features >= 2:
            options.extend(['print(xs)', 'print(xs[%s])' % self.rng.choice(['0', '-1', '1']), 'print(sum(xs))'])
        if self.features >= 3:
            options.extend(['print(s)', 'print(s[:3])', 'print(len(s))'])
        return self.rng.choice(options)

    def condition(self, loop_variables):
        options = ['%s %% 2 == 0' % self.int_variable(),
                   '%s > %s' % (self.int_variable(), self.int_variable()),
                   '%s > %s' % (self.int_variable(), self.constant(3, 30)),
                   '%s %% 3 == %s' % (self.int_variable(), self.constant(0, 2))]
        if loop_variables:
            options.append('%s %% 2 == 1' % self.rng.choice(loop_variables))
            options.append('%s > %s' % (self.rng.choice(loop_variables), self.constant(1, 3)))
        if self.features >= 2:
            options.append('len(xs) > %s' % self.constant(3, 5))
            options.append('%s in xs' % self.small(loop_variables))
        if self.features >= 3:
            options.append("'%s' in s" % self.rng.choice('aeiou'))
        return self.rng.choice(options)

    def block(self, indent, budget, loop_variables):
        """Writes statements at this indent using at most budget statements; returns how many it used."""
        used = 0
        while used < budget:
            used += self.statement(indent, budget - used, loop_variables)
        return used

    def statement(self, indent, budget, loop_variables):
        can_nest = budget >= 2 and indent < self.depth
        kind = self.rng.randint(0, 9)
        if can_nest and kind <= 2:
            return self.for_loop(indent, budget, loop_variables)
        if can_nest and kind == 3:
            return self.if_statement(indent, budget, loop_variables)
        if can_nest and kind == 4 and not loop_variables:
            return self.while_loop(indent, loop_variables)
        if kind <= 5:
            self.emit(indent, self.print_statement(loop_variables))
        elif kind <= 7 or self.features < 2:
            self.emit(indent, self.assignment(loop_variables))
        elif kind == 8 or self.features < 3:
            for line in self.list_statement(loop_variables):
                self.emit(indent, line)
        else:
            self.emit(indent, self.string_statement(loop_variables))
        return 1

    def for_loop(self, indent, budget, loop_variables):
        variable = LOOP_VARIABLES[len(loop_variables)]
        count = self.rng.randint(2, self.loop)
        shape = self.rng.randint(0, 4)
        if shape == 0:
            header = 'for %s in range(%d, 0, -1):' % (variable, count)
        elif shape == 1:
            header = 'for %s in range(1, %d, 2):' % (variable, 2 * count)
        elif shape == 2 and self.features >= 2:
            header = 'for %s in range(len(xs)):' % variable
        else:
            header = 'for %s in range(%d):' % (variable, count)
        self.emit(indent, header)
        inner = loop_variables + [variable]
        body = self.rng.randint(1, min(budget - 1, 3))
        used = self.block(indent + 1, body, inner)
        if self.depth >= 2 and self.rng.randint(0, 3) == 0:
            self.emit(indent + 1, 'if %s:' % self.condition(inner))
            self.emit(indent + 2, 'break')
            used += 1
        return 1 + used

    def if_statement(self, indent, budget, loop_variables):
        self.emit(indent, 'if %s:' % self.condition(loop_variables))
        body = self.rng.randint(1, min(budget - 1, 3))
        used = self.block(indent + 1, body, loop_variables)
        if budget - 1 - used >= 1 and self.rng.randint(0, 1) == 0:
            if self.rng.randint(0, 2) == 0:
                self.emit(indent, 'elif %s:' % self.condition(loop_variables))
            else:
                self.emit(indent, 'else:')
            used += self.block(indent + 1, 1, loop_variables)
        return 1 + used

    def while_loop(self, indent, loop_variables):
        variable = self.int_variable()
        limit = self.constant(1, 9)
        self.emit(indent, 'while %s > %s:' % (variable, limit))
        if self.rng.randint(0, 1) == 0:
            self.emit(indent + 1, '%s = %s // 2' % (variable, variable))
        else:
            self.emit(indent + 1, '%s = %s - %s' % (variable, variable, self.constant(2, 9)))
        others = [name for name in INTS if name != variable]
        self.emit(indent + 1, '%s = %s + 1' % (self.rng.choice(others), self.rng.choice(others)))
        return 1


def write_program(knobs, rng):
    writer = Writer(knobs, rng)
    for name in INTS:
        writer.emit(0, '%s = %s' % (name, writer.constant(2, 40)))
    if writer.features >= 2:
        writer.emit(0, 'xs = [%s]' % ', '.join(writer.constant(0, 9) for _ in range(rng.randint(3, 5))))
    if writer.features >= 3:
        writer.emit(0, "s = '%s'" % rng.choice(WORDS))
    if writer.features >= 4:
        body = rng.choice(['return n * %s + %s' % (writer.constant(2, 5), writer.constant(0, 9)),
                           'return (n + %s) %% %s' % (writer.constant(1, 9), writer.constant(5, 20)),
                           'if n > %s:\n        return n - %s\n    return n + %s' % (writer.constant(3, 9), writer.constant(1, 3),
                                                                                     writer.constant(2, 6))])
        writer.lines.insert(0, 'def f(n):\n    %s\n' % body)
    writer.block(0, knobs['statements'], [])
    writer.emit(0, writer.print_statement([]))
    return '\n'.join(writer.lines)


# --- the bootcamp --------------------------------------------------------------------------------------------------

def question(puzzle):
    return ('What does this Python program print? It behaves the same under Python 2 and Python 3.\n\n```python\n'
            + puzzle['program'] + '\n```\n\nWrite exactly what it prints, one line per printed line, in order.')


def solve(puzzle):
    return puzzle['output']


def render(answer):
    return '\n'.join(answer)


def parse(text):
    if len(text) > 20000:
        raise ValueError('the output is too long')
    lines = [line for line in text.strip().split('\n')]
    if lines and lines[0].strip().startswith('```'):
        lines = lines[1:]
    if lines and lines[-1].strip() == '```':
        lines = lines[:-1]
    lines = output_lines('\n'.join(lines))
    if not lines:
        raise ValueError('no output lines found')
    if len(lines) > 200:
        raise ValueError('more than 200 lines')
    for line in lines:
        for character in line:
            if not (character.isalnum() or character in OUTPUT_SYMBOLS):
                raise ValueError('%r cannot appear in what these programs print' % character)
    return lines


def check(puzzle, answer):
    gold = puzzle['output']
    if answer == gold:
        return 1
    right = sum(1 for position in range(min(len(gold), len(answer))) if gold[position] == answer[position])
    detail = '%d of %d lines right' % (right, len(gold))
    if len(answer) != len(gold):
        detail += ' (%d lines given)' % len(answer)
    return float(right) / max(len(gold), len(answer)), detail


def near_misses(puzzle, gold, rng):
    misses = [gold + [gold[-1]]]
    if len(gold) > 1:
        misses.append(gold[:-1])
        misses.append(list(reversed(gold)) if gold != list(reversed(gold)) else gold[1:])
    changed = list(gold)
    position = rng.randint(0, len(gold) - 1)
    changed[position] = changed[position] + '0'
    misses.append(changed)
    return misses


def cost(puzzle):
    return len(puzzle['program'].split('\n')) + len(puzzle['output'])
