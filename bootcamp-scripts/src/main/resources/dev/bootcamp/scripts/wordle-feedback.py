# Wordle's colouring of guesses against a secret word, repeated letters included. Words are letter strings drawn
# from a small alphabet, so repeats (the part people get wrong) are common. Guesses reuse the secret's letters the way
# a player's guesses do, so an all-grey pattern is rare and no single pattern is common enough to guess.

INFO = {
    'id': 'wordle-feedback',
    'title': 'Wordle feedback',
    'domain': 'games',
    'tags': ['wordle', 'words', 'simulation', 'script'],
    'summary': ('Colour each guess against a secret word the way Wordle does: G for a letter in the right place, Y for'
                ' a letter that is in the secret elsewhere (each secret letter used at most once, right places'
                ' first, then left to right), and . otherwise. The reward is the share of guesses coloured exactly'
                ' right: CORRECT when all are, PARTIAL when some are. About half the letters of each guess are taken from'
                ' the secret, so most guesses have several G and Y marks and no pattern is common (a constant answer'
                ' earns little).'),
    'version': 2,
    'knobs': [
        {'name': 'length', 'type': 'int', 'min': 3, 'max': 12, 'default': 5,
         'meaning': 'letters in the secret and in each guess'},
        {'name': 'guesses', 'type': 'int', 'min': 1, 'max': 10, 'default': 3,
         'meaning': 'how many guesses to colour'},
        {'name': 'alphabet', 'type': 'int', 'min': 3, 'max': 26, 'default': 8,
         'meaning': 'letters the words are made of; fewer letters mean more repeats'},
    ],
    'levels': [
        {'length': 5, 'guesses': 1, 'alphabet': 12},
        {'length': 5, 'guesses': 2, 'alphabet': 10},
        {'length': 5, 'guesses': 2, 'alphabet': 9},
        {'length': 5, 'guesses': 3, 'alphabet': 8},
        {'length': 5, 'guesses': 3, 'alphabet': 7},
        {'length': 6, 'guesses': 4, 'alphabet': 7},
        {'length': 6, 'guesses': 4, 'alphabet': 6},
        {'length': 7, 'guesses': 5, 'alphabet': 6},
        {'length': 8, 'guesses': 5, 'alphabet': 5},
        {'length': 8, 'guesses': 6, 'alphabet': 5},
    ],
    'answer_shape': 'one line per guess, in order, each a pattern of G, Y and . with one symbol per letter',
}

LETTERS = 'aeioubcdfghklmnprstvwxyz'
GREY_SYMBOLS = '.-_xb'
SHARED = 0.55  # chance that a letter of a guess is one of the secret's letters


def feedback(secret, guess):
    pattern = ['.'] * len(guess)
    unused = {}
    for position in range(len(guess)):
        if guess[position] == secret[position]:
            pattern[position] = 'G'
        else:
            unused[secret[position]] = unused.get(secret[position], 0) + 1
    for position in range(len(guess)):
        letter = guess[position]
        if pattern[position] != 'G' and unused.get(letter, 0) > 0:
            pattern[position] = 'Y'
            unused[letter] -= 1
    return ''.join(pattern)


def naive_feedback(secret, guess):
    """The usual mistake: yellow for every misplaced letter the secret contains, ignoring how many times."""
    return ''.join('G' if guess[i] == secret[i] else ('Y' if guess[i] in secret else '.') for i in range(len(guess)))


def word(rng, alphabet, length):
    return ''.join(rng.choice(alphabet) for _ in range(length))


def guess_word(rng, alphabet, secret):
    return ''.join(rng.choice(secret) if rng.random() < SHARED else rng.choice(alphabet) for _ in secret)


def generate(knobs, rng):
    letters = list(LETTERS)
    rng.shuffle(letters)
    alphabet = ''.join(sorted(letters[:knobs['alphabet']]))
    length = knobs['length']
    secret = word(rng, alphabet, length)
    guesses = []
    while len(guesses) < knobs['guesses']:
        guess = guess_word(rng, alphabet, secret)
        if guess != secret and guess not in guesses:
            guesses.append(guess)
    return {'secret': secret, 'guesses': guesses, 'patterns': [feedback(secret, guess) for guess in guesses]}


def question(puzzle):
    lines = ['In Wordle, a guess is coloured against a secret word of the same length, one symbol per letter:',
             '- G: the letter is in the secret at this position;',
             '- Y: the letter is in the secret at another position;',
             '- .: otherwise.',
             ('Repeated letters: first mark every G. Then go through the remaining positions of the guess from left to'
              ' right; a letter gets Y only while the secret still has an occurrence of it that is neither marked G'
              ' nor already used for an earlier Y; otherwise it gets a dot.'),
             '',
             'The secret word is: %s' % puzzle['secret'].upper(),
             '',
             'Colour these guesses:']
    for number, guess in enumerate(puzzle['guesses']):
        lines.append('%d. %s' % (number + 1, guess.upper()))
    lines.append('')
    lines.append('Give one pattern per guess, in order, one per line (for example GY. for a three-letter guess).')
    return '\n'.join(lines)


def solve(puzzle):
    return puzzle['patterns']


def render(answer):
    return '\n'.join(answer)


def parse(text):
    if len(text) > 5000:
        raise ValueError('the answer is too long')
    patterns = []
    for line in text.strip().split('\n'):
        tokens = line.replace(':', ' ').split()
        if not tokens:
            continue
        token = tokens[-1]
        pattern = ''
        for symbol in token.lower():
            if symbol == 'g':
                pattern += 'G'
            elif symbol == 'y':
                pattern += 'Y'
            elif symbol in GREY_SYMBOLS:
                pattern += '.'
            else:
                raise ValueError('%r is not G, Y or a dot' % symbol)
        patterns.append(pattern)
    if not patterns:
        raise ValueError('no patterns found')
    if len(patterns) > 50:
        raise ValueError('more than 50 patterns')
    return patterns


def check(puzzle, answer):
    gold = puzzle['patterns']
    if answer == gold:
        return 1
    right = sum(1 for position in range(min(len(gold), len(answer))) if gold[position] == answer[position])
    detail = '%d of %d guesses coloured right' % (right, len(gold))
    if len(answer) != len(gold):
        detail += ' (%d patterns given for %d guesses)' % (len(answer), len(gold))
    return float(right) / max(len(gold), len(answer)), detail


def near_misses(puzzle, gold, rng):
    misses = []
    naive = [naive_feedback(puzzle['secret'], guess) for guess in puzzle['guesses']]
    if naive != gold:
        misses.append(naive)
    flipped = list(gold)
    row = rng.randint(0, len(gold) - 1)
    column = rng.randint(0, len(gold[row]) - 1)
    symbol = {'G': 'Y', 'Y': '.', '.': 'G'}[gold[row][column]]
    flipped[row] = gold[row][:column] + symbol + gold[row][column + 1:]
    misses.append(flipped)
    if len(gold) > 1:
        misses.append(gold[:-1])
    return misses


def cost(puzzle):
    repeats = sum(len(guess) - len(set(guess)) for guess in puzzle['guesses'] + [puzzle['secret']])
    return len(puzzle['guesses']) * len(puzzle['secret']) + repeats
