# {{ID}}: one line on what the task is and why it is worth training on.
# Jython 2.7: Python 2.7 syntax. Randomness only from rng; no imports outside the allow-list (see docs/AUTHORING.md).

INFO = {
    'id': '{{ID}}',
    'title': 'TODO: a short title',
    'domain': '{{DOMAIN}}',
    'tags': ['script'],
    'summary': 'TODO: what is asked and how the answer is checked (say so if partial credit is given).',
    'version': 1,
    'knobs': [
        {'name': 'size', 'type': 'int', 'min': 1, 'max': 100, 'default': 5,
         'meaning': 'TODO: what this knob changes; rename it, add others'},
    ],
    'levels': [
        {'size': 1}, {'size': 2}, {'size': 3}, {'size': 4}, {'size': 5},
        {'size': 6}, {'size': 7}, {'size': 8}, {'size': 9}, {'size': 10},
    ],
    'answer_shape': 'TODO: the answer format in a few words, e.g. one whole number',
}


def generate(knobs, rng):
    raise NotImplementedError('TODO: write generate(knobs, rng): a puzzle (dicts, lists, strings, numbers) drawn from rng')


def question(puzzle):
    raise NotImplementedError('TODO: write question(puzzle): the rules, the instance and the answer format, in clear English')


def solve(puzzle):
    raise NotImplementedError('TODO: write solve(puzzle): the reference answer')


def render(answer):
    raise NotImplementedError('TODO: write render(answer): the answer as the text a model should write')


def parse(text):
    raise NotImplementedError('TODO: write parse(text): read an answer leniently, raise ValueError with a reason')


def check(puzzle, answer):
    raise NotImplementedError('TODO: write check(puzzle, answer): 1 or 0 (or a share with a detail) by the rules')
