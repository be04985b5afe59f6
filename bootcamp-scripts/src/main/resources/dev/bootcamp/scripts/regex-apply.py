# What does re.findall, re.sub or re.split return? The gold answer is what Python's re module returns here. Patterns
# never match the empty string and never put a quantifier on a group, so Python 2 and 3 agree and nothing backtracks
# badly.
import re

INFO = {
    'id': 'regex-apply',
    'title': 'Apply a regular expression',
    'domain': 'code',
    'tags': ['regex', 'python', 'strings', 'script'],
    'summary': ('Give the result of re.findall, re.sub or re.split (Python semantics) for a generated pattern and'
                ' text: character classes, quantifiers, then groups and alternation, lazy quantifiers, anchors and'
                ' word boundaries, backreferences and lookahead as the level rises. Lists are written as Python lists'
                ' of quoted strings, strings in quotes; the answer is checked exactly.'),
    'version': 1,
    'knobs': [
        {'name': 'text-length', 'type': 'int', 'min': 8, 'max': 200, 'default': 24,
         'meaning': 'length of the text the pattern is applied to'},
        {'name': 'features', 'type': 'int', 'min': 1, 'max': 6, 'default': 2,
         'meaning': ('1 classes and +, 2 more quantifiers, 3 groups and alternation, 4 lazy quantifiers and anchors,'
                     ' 5 backreferences, 6 lookahead')},
        {'name': 'operations', 'type': 'int', 'min': 1, 'max': 3, 'default': 2,
         'meaning': '1 findall, 2 and sub, 3 and split'},
    ],
    'levels': [
        {'text-length': 12, 'features': 1, 'operations': 1},
        {'text-length': 16, 'features': 1, 'operations': 2},
        {'text-length': 20, 'features': 2, 'operations': 2},
        {'text-length': 24, 'features': 2, 'operations': 3},
        {'text-length': 30, 'features': 3, 'operations': 3},
        {'text-length': 36, 'features': 3, 'operations': 3},
        {'text-length': 44, 'features': 4, 'operations': 3},
        {'text-length': 52, 'features': 5, 'operations': 3},
        {'text-length': 64, 'features': 5, 'operations': 3},
        {'text-length': 80, 'features': 6, 'operations': 3},
    ],
    'answer_shape': ("a Python list of quoted strings such as ['Qa', 'Qb'] (for findall and split), or one quoted"
                     " string such as 'Qz' (for sub)"),
}

LETTERS = 'abcdefghijklmnopqrstuvwxyz'
VOWELS = 'aeiou'
CONSONANTS = 'bcdfghklmnprstvz'
SEPARATORS = [' ', ' ', ' ', ', ', '-', '.', ':', '; ']


def generate(knobs, rng):
    operations = ['findall', 'sub', 'split'][:knobs['operations']]
    for attempt in range(500):
        operation = rng.choice(operations)
        pattern, groups = write_pattern(rng, knobs['features'], operation)
        replacement = write_replacement(rng, knobs['features'], groups) if operation == 'sub' else None
        text = write_text(rng, knobs['text-length'])
        answer = apply(operation, pattern, replacement, text)
        puzzle = {'operation': operation, 'pattern': pattern, 'replacement': replacement, 'text': text,
                  'answer': answer}
        if answer is not None and render(answer) not in question(puzzle):
            return puzzle
    raise RuntimeError('no pattern with a useful result in 500 attempts')


def apply(operation, pattern, replacement, text):
    """The result, or None when it would be uninteresting or version-dependent (empty matches)."""
    compiled = re.compile(pattern)
    matches = list(compiled.finditer(text))
    if not matches or any(match.end() == match.start() for match in matches):
        return None
    if operation == 'findall':
        return list(compiled.findall(text))
    # A group that takes no part in a match is an error in Python 2's sub and None in split: leave such cases out.
    if any(group is None for match in matches for group in match.groups()):
        return None
    if operation == 'sub':
        result = compiled.sub(replacement, text)
        return result if result != text and not result.startswith('[') else None
    parts = compiled.split(text)
    return parts if len(parts) >= 2 else None


ATOMS = {
    1: ['LETTER', '[a-z]', r'\d', '[aeiou]'],
    2: [r'\w', '.', '[^ ]', '[0-9a-f]', r'\s', '[^aeiou ]'],
}
QUANTIFIERS = {
    1: ['', '', '+'],
    2: ['*', '?', '{2}', '{1,3}'],
    4: ['+?', '*?', '{1,3}?'],
}


def write_pattern(rng, features, operation):
    """A pattern and its number of capturing groups (at most one for findall, so it returns strings)."""
    atoms = ATOMS[1] + (ATOMS[2] if features >= 2 else [])
    quantifiers = QUANTIFIERS[1] + (QUANTIFIERS[2] if features >= 2 else []) + (QUANTIFIERS[4] if features >= 4 else [])

    def piece():
        atom = rng.choice(atoms)
        if atom == 'LETTER':
            atom = rng.choice(LETTERS)
        return atom + rng.choice(quantifiers)

    pieces = [piece() for _ in range(rng.randint(1, 1 + min(features, 4) // 2 + 1))]
    groups = 0
    limit = 1 if operation == 'findall' else 2
    if features >= 3 and rng.randint(0, 2) > 0:
        if rng.randint(0, 1) == 0:
            at = rng.randint(0, len(pieces) - 1)
            pieces[at] = '(?:%s|%s)' % (piece(), piece())
        start = rng.randint(0, len(pieces) - 1)
        end = rng.randint(start, min(start + 1, len(pieces) - 1))
        pieces[start] = '(' + pieces[start]
        pieces[end] = pieces[end] + ')'
        groups = 1
    if features >= 5 and groups < limit and rng.randint(0, 2) == 0:
        pieces.append(r'(\w)\%d' % (groups + 1))
        groups += 1
    if features >= 6 and rng.randint(0, 1) == 0:
        pieces.append(rng.choice(['(?=%s)', '(?!%s)']) % rng.choice([r'\d', '[aeiou]', ' ', r'\w']))
    pattern = ''.join(pieces)
    if features >= 4:
        roll = rng.randint(0, 5)
        if roll == 0:
            pattern = r'\b' + pattern
        elif roll == 1:
            pattern = pattern + r'\b'
        elif roll == 2 and operation != 'split':
            pattern = rng.choice(['^', '']) + pattern + rng.choice(['$', ''])
    return pattern, groups


def write_replacement(rng, features, groups):
    pieces = [rng.choice(['#', '', '<', '>', '-', 'X', 'ok', '_'])]
    for group in range(1, groups + 1):
        if features >= 5 or rng.randint(0, 1) == 0:
            pieces.append(rng.choice([r'\%d', r'\g<%d>']) % group)
    rng.shuffle(pieces)
    replacement = ''.join(pieces)
    return replacement if replacement else '_'


def write_text(rng, length):
    text = ''
    while len(text) < length:
        roll = rng.randint(0, 9)
        if roll <= 4:
            word = ''.join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 3)))
            if rng.randint(0, 3) == 0:
                at = rng.randint(0, len(word) - 1)
                word = word[:at] + word[at] + word[at:]
            text += word
        elif roll <= 6:
            text += str(rng.randint(0, 10 ** rng.randint(1, 4)))
        elif roll == 7:
            text += rng.choice(CONSONANTS) + str(rng.randint(0, 99))
        else:
            text += rng.choice(['ab', 'cd', 'xy', 'px', 'ok'])
        text += rng.choice(SEPARATORS)
    return text[:length].strip(' ,;:.-') or 'abc'


def question(puzzle):
    text = "'%s'" % puzzle['text']
    if puzzle['operation'] == 'findall':
        call = "re.findall(r'%s', %s)" % (puzzle['pattern'], text)
        want = 'Give the list it returns'
    elif puzzle['operation'] == 'sub':
        call = "re.sub(r'%s', r'%s', %s)" % (puzzle['pattern'], puzzle['replacement'], text)
        want = 'Give the string it returns, in single quotes'
    else:
        call = "re.split(r'%s', %s)" % (puzzle['pattern'], text)
        want = 'Give the list it returns'
    return ("Using Python's re module, what does this call return?\n\n    " + call + '\n\n' + want
            + ("; write a list as a Python list of strings in single quotes, [] when it is empty."
               if puzzle['operation'] != 'sub' else '.'))


def solve(puzzle):
    return puzzle['answer']


def quote(text):
    return "'" + text.replace('\\', '\\\\').replace("'", "\\'") + "'"


def render(answer):
    if isinstance(answer, list):
        return '[' + ', '.join(quote(item) for item in answer) + ']'
    return quote(answer)


def parse(text):
    text = text.strip()
    if len(text) > 5000:
        raise ValueError('the answer is too long')
    if text.startswith('['):
        items, rest = read_list(text)
        if rest.strip():
            raise ValueError('unexpected text after the list: %r' % rest[:20])
        return items
    if text[:1] in ('"', "'"):
        value, rest = read_string(text)
        if rest.strip():
            raise ValueError('unexpected text after the string: %r' % rest[:20])
        return value
    raise ValueError("expected a list such as ['a', 'b'] or a quoted string such as 'abc'")


def read_list(text):
    items = []
    rest = text[1:].lstrip()
    if rest.startswith(']'):
        return items, rest[1:]
    while True:
        if rest[:1] not in ('"', "'"):
            raise ValueError('list items must be quoted strings')
        item, rest = read_string(rest)
        items.append(item)
        rest = rest.lstrip()
        if rest.startswith(','):
            rest = rest[1:].lstrip()
            if rest.startswith(']'):
                return items, rest[1:]
        elif rest.startswith(']'):
            return items, rest[1:]
        else:
            raise ValueError("expected ',' or ']' in the list")


def read_string(text):
    quote_mark = text[0]
    value = []
    position = 1
    while position < len(text):
        character = text[position]
        if character == '\\' and position + 1 < len(text):
            value.append(text[position + 1])
            position += 2
            continue
        if character == quote_mark:
            return ''.join(value), text[position + 1:]
        value.append(character)
        position += 1
    raise ValueError('a string is not closed')


def check(puzzle, answer):
    gold = puzzle['answer']
    if answer == gold:
        return 1
    if isinstance(gold, list) != isinstance(answer, list):
        return 0, 'expected %s' % ('a list' if isinstance(gold, list) else 'a string')
    return 0, 'not what the call returns'


def near_misses(puzzle, gold, rng):
    if isinstance(gold, list):
        misses = [gold + [gold[-1] if gold else 'a'], list(reversed(gold)) + ['x']]
        if len(gold) > 1:
            misses.append(gold[:-1])
        return [miss for miss in misses if miss != gold]
    position = rng.randint(0, len(gold) - 1)
    changed = gold[:position] + ('z' if gold[position] != 'z' else 'y') + gold[position + 1:]
    return [changed, gold + ' ', [gold]]


def cost(puzzle):
    return len(puzzle['text']) + 6 * len(puzzle['pattern'])
