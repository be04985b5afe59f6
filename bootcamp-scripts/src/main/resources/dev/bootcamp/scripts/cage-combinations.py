# List every set of k distinct digits with a given sum, honouring required and excluded digits (the "cage
# combinations" a killer-sudoku or kakuro solver keeps in mind). Several independent cages are asked at once, each
# checked exactly, so a constant answer cannot collect credit from a common small cage.
import itertools

INFO = {
    'id': 'cage-combinations',
    'title': 'Cage combinations',
    'domain': 'puzzles',
    'tags': ['combinatorics', 'killer-sudoku', 'kakuro', 'enumeration', 'script'],
    'summary': ('For each of several cages, list every set of k different digits from 1 to the largest digit whose'
                ' sum is S, that contains the required digits and none of the excluded ones (cages differ in size,'
                ' sum and constraints; every cage has at least one set; middle sums, which have several sets, are drawn'
                ' more often than the extreme ones). An answer naming exactly the right sets for'
                ' every cage is CORRECT; otherwise the reward is the share of cages whose sets are exactly right'
                ' (PARTIAL), with no credit for a cage half right. The cost is the nodes of a pruned search over'
                ' increasing digits, summed over the cages.'),
    'version': 2,
    'knobs': [
        {'name': 'cage-size', 'type': 'int', 'min': 2, 'max': 8, 'default': 3,
         'meaning': 'most digits in a set; each cage has this many or one fewer (at least 2)'},
        {'name': 'largest', 'type': 'int', 'min': 5, 'max': 9, 'default': 9,
         'meaning': 'digits run from 1 to this'},
        {'name': 'constraints', 'type': 'int', 'min': 0, 'max': 5, 'default': 1,
         'meaning': 'required or excluded digits drawn for each cage'},
        {'name': 'cages', 'type': 'int', 'min': 1, 'max': 6, 'default': 2,
         'meaning': 'cages asked in one question'},
    ],
    'levels': [
        {'cage-size': 2, 'largest': 9, 'constraints': 1, 'cages': 2},
        {'cage-size': 3, 'largest': 9, 'constraints': 1, 'cages': 2},
        {'cage-size': 3, 'largest': 9, 'constraints': 1, 'cages': 3},
        {'cage-size': 4, 'largest': 9, 'constraints': 1, 'cages': 3},
        {'cage-size': 4, 'largest': 9, 'constraints': 2, 'cages': 3},
        {'cage-size': 5, 'largest': 9, 'constraints': 2, 'cages': 3},
        {'cage-size': 5, 'largest': 9, 'constraints': 2, 'cages': 4},
        {'cage-size': 6, 'largest': 9, 'constraints': 3, 'cages': 4},
        {'cage-size': 6, 'largest': 9, 'constraints': 3, 'cages': 5},
        {'cage-size': 6, 'largest': 9, 'constraints': 4, 'cages': 6},
    ],
    'answer_shape': ('one line per cage, in order, such as "Cage 1: 12, 345": every set of that cage as its digits in'
                     ' increasing order, the sets separated by commas'),
}


def combinations(size, largest, total, required, excluded):
    found = []
    for digits in itertools.combinations(range(1, largest + 1), size):
        if sum(digits) == total and all(d in digits for d in required) and not any(d in digits for d in excluded):
            found.append(''.join(str(d) for d in digits))
    return found


def search_nodes(cage):
    """Nodes a solver visits choosing digits in increasing order, skipping excluded digits, pruning by sum bounds."""
    size, largest, total, excluded = cage['size'], cage['largest'], cage['total'], cage['excluded']
    nodes = 0
    waiting = [(0, 0, 0)]  # (digits chosen, their sum, last digit)
    while waiting:
        chosen, partial, last = waiting.pop()
        nodes += 1
        left = size - chosen
        if left == 0:
            continue
        for digit in range(last + 1, largest - left + 2):
            if digit in excluded:
                continue
            low = partial + digit * left + left * (left - 1) // 2
            high = partial + digit + sum(range(largest - left + 2, largest + 1))
            if low <= total <= high:
                waiting.append((chosen + 1, partial + digit, digit))
    return nodes


def draw_cage(knobs, rng):
    largest = knobs['largest']
    size = min(rng.randint(max(2, knobs['cage-size'] - 1), knobs['cage-size']), largest - 1)
    low = size * (size + 1) // 2
    high = sum(range(largest - size + 1, largest + 1))
    for attempt in range(200):
        # the mean of two draws: the extreme sums, each with one forced set, are rare; middle sums have several
        total = (rng.randint(low, high) + rng.randint(low, high) + 1) // 2
        required, excluded = [], []
        for _ in range(knobs['constraints']):
            digit = rng.randint(1, largest)
            if digit in required or digit in excluded:
                continue
            if rng.randint(0, 2) == 0 and len(required) < size - 1:
                required.append(digit)
            else:
                excluded.append(digit)
        sets = combinations(size, largest, total, sorted(required), sorted(excluded))
        if sets:
            return {'size': size, 'largest': largest, 'total': total, 'required': sorted(required),
                    'excluded': sorted(excluded), 'sets': sets}
    raise RuntimeError('no cage with a combination in 200 attempts')


def generate(knobs, rng):
    return {'cages': [draw_cage(knobs, rng) for _ in range(knobs['cages'])]}


def digit_list(digits):
    words = [str(d) for d in digits]
    return words[0] if len(words) == 1 else ', '.join(words[:-1]) + ' or ' + words[-1]


def describe(cage):
    text = ('%d different digits, each from 1 to %d, whose sum is %d'
            % (cage['size'], cage['largest'], cage['total']))
    rules = []
    if cage['required']:
        rules.append('contains %s %s' % ('the digit' if len(cage['required']) == 1 else 'each of the digits',
                                         digit_list(cage['required']).replace(' or ', ' and ')))
    if cage['excluded']:
        rules.append('does not contain %s' % digit_list(cage['excluded']))
    if rules:
        text += ' and which ' + ' and '.join(rules)
    return text


def question(puzzle):
    lines = ['For each cage below, find every set of digits that fits it. Order does not matter within a set.', '']
    for number, cage in enumerate(puzzle['cages']):
        lines.append('Cage %d: sets of %s.' % (number + 1, describe(cage)))
    lines.append('')
    lines.append('Answer with one line per cage, in order, in the form "Cage 1: 12, 345": after the colon, every set of'
                 ' that cage, each written as its digits in increasing order, the sets separated by commas.')
    return '\n'.join(lines)


def solve(puzzle):
    return [cage['sets'] for cage in puzzle['cages']]


def render(answer):
    return '\n'.join('Cage %d: %s' % (number + 1, ', '.join(sets) if sets else 'none')
                     for number, sets in enumerate(answer))


def parse_sets(text):
    cleaned = text.strip().lower().rstrip('.')
    if cleaned in ('none', 'no sets', 'nothing'):
        return []
    found = set()
    for token in cleaned.replace(';', ',').replace(' ', ',').split(','):
        token = token.strip().strip('{}()[]').replace('+', '')
        if not token:
            continue
        if not token.isdigit() or len(token) > 9:
            raise ValueError('%r is not a set of digits' % token[:20])
        found.add(''.join(sorted(token)))
    if not found:
        raise ValueError('a cage line names no sets')
    return sorted(found)


def parse(text):
    if len(text) > 5000:
        raise ValueError('the answer is too long')
    cages = []
    for line in text.strip().split('\n'):
        if ':' in line:
            line = line[line.rindex(':') + 1:]
        if line.strip():
            cages.append(parse_sets(line))
    if not cages:
        raise ValueError('no cage lines found')
    if len(cages) > 20:
        raise ValueError('more than 20 cage lines')
    return cages


def check(puzzle, answer):
    gold = solve(puzzle)
    if answer == gold:
        return 1
    right = sum(1 for number in range(min(len(gold), len(answer))) if gold[number] == answer[number])
    detail = '%d of %d cages right' % (right, len(gold))
    if len(answer) != len(gold):
        detail += ' (%d lines given)' % len(answer)
    return float(right) / max(len(gold), len(answer)), detail


def near_misses(puzzle, gold, rng):
    number = rng.randint(0, len(gold) - 1)
    cage = puzzle['cages'][number]
    misses = []
    loose = combinations(cage['size'], cage['largest'], cage['total'], [], [])
    if loose != gold[number]:
        misses.append(gold[:number] + [loose] + gold[number + 1:])
    if len(gold[number]) > 1:
        misses.append(gold[:number] + [gold[number][:-1]] + gold[number + 1:])
    wrong_sum = combinations(cage['size'], cage['largest'], cage['total'] + 1, cage['required'], cage['excluded'])
    if wrong_sum and wrong_sum != gold[number]:
        misses.append(gold[:number] + [wrong_sum] + gold[number + 1:])
    if len(gold) > 1:
        misses.append(gold[:-1])
    return misses


def cost(puzzle):
    return sum(search_nodes(cage) for cage in puzzle['cages'])
