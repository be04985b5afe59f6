# List every set of k distinct digits with a given sum, honouring required and excluded digits (the "cage
# combinations" a killer-sudoku or kakuro solver keeps in mind).
import itertools

INFO = {
    'id': 'cage-combinations',
    'title': 'Cage combinations',
    'domain': 'puzzles',
    'tags': ['combinatorics', 'killer-sudoku', 'kakuro', 'enumeration', 'script'],
    'summary': ('List every set of k different digits from 1 to the largest digit whose sum is S, that contains the'
                ' required digits and none of the excluded ones. An answer naming exactly these sets is CORRECT;'
                ' otherwise the reward is the overlap of the sets given with the true ones (shared over all named,'
                ' the Jaccard index), PARTIAL when above 0.'),
    'version': 1,
    'knobs': [
        {'name': 'cage-size', 'type': 'int', 'min': 2, 'max': 8, 'default': 3,
         'meaning': 'how many digits each set has'},
        {'name': 'largest', 'type': 'int', 'min': 5, 'max': 9, 'default': 9,
         'meaning': 'digits run from 1 to this'},
        {'name': 'constraints', 'type': 'int', 'min': 0, 'max': 5, 'default': 1,
         'meaning': 'required or excluded digits'},
    ],
    'levels': [
        {'cage-size': 2, 'largest': 9, 'constraints': 1},
        {'cage-size': 2, 'largest': 9, 'constraints': 1},
        {'cage-size': 3, 'largest': 9, 'constraints': 1},
        {'cage-size': 3, 'largest': 9, 'constraints': 1},
        {'cage-size': 4, 'largest': 9, 'constraints': 2},
        {'cage-size': 4, 'largest': 9, 'constraints': 2},
        {'cage-size': 5, 'largest': 9, 'constraints': 2},
        {'cage-size': 5, 'largest': 9, 'constraints': 3},
        {'cage-size': 6, 'largest': 9, 'constraints': 3},
        {'cage-size': 6, 'largest': 9, 'constraints': 4},
    ],
    'answer_shape': ('every set as its digits in increasing order with nothing between them, the sets separated by'
                     ' commas (for example 12, 345), or the word none'),
}


def combinations(size, largest, total, required, excluded):
    found = []
    for digits in itertools.combinations(range(1, largest + 1), size):
        if sum(digits) == total and all(d in digits for d in required) and not any(d in digits for d in excluded):
            found.append(''.join(str(d) for d in digits))
    return found


def generate(knobs, rng):
    size, largest = knobs['cage-size'], knobs['largest']
    size = min(size, largest - 1)
    low = size * (size + 1) // 2
    high = sum(range(largest - size + 1, largest + 1))
    for attempt in range(200):
        total = rng.randint(low, high)
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


def digit_list(digits):
    words = [str(d) for d in digits]
    return words[0] if len(words) == 1 else ', '.join(words[:-1]) + ' or ' + words[-1]


def question(puzzle):
    text = ('Find every set of %d different digits, each from 1 to %d, whose sum is %d'
            % (puzzle['size'], puzzle['largest'], puzzle['total']))
    rules = []
    if puzzle['required']:
        rules.append('contains %s %s' % ('the digit' if len(puzzle['required']) == 1 else 'each of the digits',
                                         digit_list(puzzle['required']).replace(' or ', ' and ')))
    if puzzle['excluded']:
        rules.append('does not contain %s' % digit_list(puzzle['excluded']))
    if rules:
        text += ' and which ' + ' and '.join(rules)
    return text + ('. Order does not matter within a set. List all such sets: write each set as its digits in'
                   ' increasing order, and separate the sets with commas.')


def solve(puzzle):
    return puzzle['sets']


def render(answer):
    return ', '.join(answer) if answer else 'none'


def parse(text):
    cleaned = text.strip().lower()
    if cleaned.rstrip('.') in ('none', 'no sets', 'nothing'):
        return []
    if len(cleaned) > 5000:
        raise ValueError('the answer is too long')
    found = set()
    for token in cleaned.replace(';', ',').replace('\n', ',').replace(' ', ',').split(','):
        token = token.strip().strip('{}()[]').replace('+', '')
        if not token:
            continue
        if not token.isdigit() or len(token) > 9:
            raise ValueError('%r is not a set of digits' % token[:20])
        found.add(''.join(sorted(token)))
    if not found:
        raise ValueError('no sets found')
    return sorted(found)


def check(puzzle, answer):
    gold = set(puzzle['sets'])
    given = set(answer)
    if given == gold:
        return 1
    shared = len(gold & given)
    return (float(shared) / len(gold | given),
            '%d of the %d sets, %d wrong' % (shared, len(gold), len(given - gold)))


def near_misses(puzzle, gold, rng):
    misses = [sorted(gold + ['123456789'[:puzzle['size']]])] if '123456789'[:puzzle['size']] not in gold else []
    if len(gold) > 1:
        misses.append(gold[:-1])
    loose = combinations(puzzle['size'], puzzle['largest'], puzzle['total'], [], [])
    if sorted(loose) != sorted(gold):
        misses.append(loose)
    wrong_sum = combinations(puzzle['size'], puzzle['largest'], puzzle['total'] + 1, puzzle['required'], puzzle['excluded'])
    if wrong_sum:
        misses.append(wrong_sum)
    return misses


def cost(puzzle):
    return 4 * puzzle['size'] + 3 * (len(puzzle['required']) + len(puzzle['excluded'])) + len(puzzle['sets'])
