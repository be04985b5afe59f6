package dev.bootcamp.camps.logic;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.PersonNames;
import dev.bootcamp.camps.logic.KinshipBootcamp.Fact;
import dev.bootcamp.camps.logic.KinshipBootcamp.Puzzle;
import dev.bootcamp.camps.logic.KinshipBootcamp.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Grows a four-generation family (a root couple, their children, grandchildren and great-grandchildren, with spouses
 * married in from outside), picks two people whose relation has a name, states the chain of parent, sibling and
 * spouse links between them plus unrelated true links, and keeps the puzzle only when the facts alone, closed under
 * the stated rules, give the same relation.
 */
final class KinshipGenerator {
    private static final int GENERATIONS = 4;

    private KinshipGenerator() {}

    /** One link of the family: {@code parent} (first is second's parent), {@code sibling} or {@code spouse}. */
    private record Link(String kind, int first, int second) {}

    static Puzzle generate(int steps, int distractors, RandomGenerator random) {
        while (true) {
            Puzzle puzzle = attempt(steps, distractors, random);
            if (puzzle != null) {
                return puzzle;
            }
        }
    }

    private static Puzzle attempt(int steps, int distractors, RandomGenerator random) {
        List<String> names = new ArrayList<>();
        KinshipFamily tree = grow(names, random);
        int people = names.size();
        int shortest = Math.max(1, steps - 1);
        Map<String, List<int[]>> byTerm = new TreeMap<>();
        for (int first = 0; first < people; first++) {
            for (int second = 0; second < people; second++) {
                String term = tree.term(first, second);
                int[] lengths = term == null ? null : lengths(tree, first, second);
                if (lengths != null && lengths[1] >= shortest && lengths[0] <= steps) {
                    byTerm.computeIfAbsent(term, key -> new ArrayList<>()).add(new int[] {first, second, lengths[0], lengths[1]});
                }
            }
        }
        if (byTerm.isEmpty()) {
            return null;
        }
        String term = Draw.pick(new ArrayList<>(byTerm.keySet()), random);
        int[] pair = Draw.pick(byTerm.get(term), random);
        boolean longFits = pair[3] <= steps;
        boolean shortFits = pair[2] >= shortest;
        List<Link> chain = chain(tree, pair[0], pair[1], !longFits || shortFits && random.nextBoolean(), random);
        List<Link> all = links(tree);
        List<Link> extra = new ArrayList<>();
        for (Link link : all) {
            if (!chain.contains(link)) {
                extra.add(link);
            }
        }
        Draw.shuffle(extra, random);
        List<Link> stated = new ArrayList<>(chain);
        stated.addAll(extra.subList(0, Math.min(distractors, extra.size())));
        Draw.shuffle(stated, random);
        List<Fact> facts = new ArrayList<>();
        boolean subjectStated = false;
        for (Link link : stated) {
            boolean involvesSubject = link.first() == pair[0] || link.second() == pair[0];
            boolean firstSpeaks = random.nextBoolean();
            if (involvesSubject && !subjectStated) {
                firstSpeaks = link.first() == pair[0];
                subjectStated = true;
            }
            facts.add(fact(tree, link, firstSpeaks));
        }
        KinshipFamily known = implied(people, facts);
        if (!term.equals(known.term(pair[0], pair[1]))) {
            return null;
        }
        List<Question> questions = new ArrayList<>();
        questions.add(new Question(pair[0], pair[1], term));
        if (!addQuestions(tree, known, people, questions, random)) {
            return null;
        }
        Draw.shuffle(questions, random);
        return new Puzzle(names, facts, questions, chain.size());
    }

    /**
     * Adds questions about other pairs of people whose relation the facts settle (the same as in the hidden tree), a
     * term drawn uniformly among those not asked yet, then a pair with that term; false when too few pairs are settled.
     */
    private static boolean addQuestions(KinshipFamily tree, KinshipFamily known, int people, List<Question> questions,
            RandomGenerator random) {
        Map<String, List<int[]>> byTerm = new TreeMap<>();
        for (int first = 0; first < people; first++) {
            for (int second = 0; second < people; second++) {
                String term = first == second ? null : known.term(first, second);
                if (term != null && term.equals(tree.term(first, second))) {
                    byTerm.computeIfAbsent(term, key -> new ArrayList<>()).add(new int[] {first, second});
                }
            }
        }
        while (questions.size() < KinshipBootcamp.QUESTIONS) {
            for (Question question : questions) {
                byTerm.remove(question.term());
                byTerm.values().forEach(pairs -> pairs.removeIf(pair -> samePeople(pair, question)));
            }
            byTerm.values().removeIf(List::isEmpty);
            if (byTerm.isEmpty()) {
                return false;
            }
            String term = Draw.pick(new ArrayList<>(byTerm.keySet()), random);
            int[] pair = Draw.pick(byTerm.get(term), random);
            questions.add(new Question(pair[0], pair[1], term));
        }
        return true;
    }

    /** Whether a pair is the question's two people, either way round (a reversed question adds nothing). */
    private static boolean samePeople(int[] pair, Question question) {
        return pair[0] == question.subject() && pair[1] == question.object() || pair[0] == question.object() && pair[1] == question.subject();
    }

    private static KinshipFamily grow(List<String> names, RandomGenerator random) {
        List<String> women = new ArrayList<>(PersonNames.FEMALE);
        List<String> men = new ArrayList<>(PersonNames.MALE);
        Draw.shuffle(women, random);
        Draw.shuffle(men, random);
        List<Boolean> female = new ArrayList<>();
        List<int[]> parentsOf = new ArrayList<>();
        List<Integer> spouses = new ArrayList<>();
        int husband = add(names, female, parentsOf, spouses, false, men, women, null);
        int wife = add(names, female, parentsOf, spouses, true, men, women, null);
        spouses.set(husband, wife);
        spouses.set(wife, husband);
        List<int[]> couples = new ArrayList<>();
        couples.add(new int[] {husband, wife, 0});
        for (int next = 0; next < couples.size(); next++) {
            int[] couple = couples.get(next);
            int generation = couple[2] + 1;
            int children = generation == 1 ? Draw.between(2, 3, random) : Draw.between(1, 3, random);
            for (int i = 0; i < children; i++) {
                boolean isFemale = random.nextBoolean();
                if ((isFemale ? women : men).isEmpty()) {
                    continue;
                }
                int child = add(names, female, parentsOf, spouses, isFemale, men, women, new int[] {couple[0], couple[1]});
                if (generation < GENERATIONS - 1 && random.nextInt(4) > 0 && !(isFemale ? men : women).isEmpty()) {
                    int partner = add(names, female, parentsOf, spouses, !isFemale, men, women, null);
                    spouses.set(child, partner);
                    spouses.set(partner, child);
                    couples.add(isFemale ? new int[] {partner, child, generation} : new int[] {child, partner, generation});
                }
            }
        }
        KinshipFamily family = new KinshipFamily(names.size());
        for (int person = 0; person < names.size(); person++) {
            family.female[person] = female.get(person);
            family.spouse[person] = spouses.get(person);
            if (parentsOf.get(person) != null) {
                family.parents.get(person).add(parentsOf.get(person)[0]);
                family.parents.get(person).add(parentsOf.get(person)[1]);
            }
        }
        return family;
    }

    private static int add(List<String> names, List<Boolean> female, List<int[]> parentsOf, List<Integer> spouses, boolean isFemale,
            List<String> men, List<String> women, int[] parents) {
        names.add((isFemale ? women : men).remove(0));
        female.add(isFemale);
        parentsOf.add(parents);
        spouses.add(-1);
        return names.size() - 1;
    }

    /** Every parent, sibling and spouse link of the tree, each once. */
    private static List<Link> links(KinshipFamily tree) {
        List<Link> links = new ArrayList<>();
        for (int person = 0; person < tree.size(); person++) {
            for (int parent : tree.parents.get(person)) {
                links.add(new Link("parent", parent, person));
            }
            if (tree.spouse[person] > person) {
                links.add(new Link("spouse", person, tree.spouse[person]));
            }
            for (int other = person + 1; other < tree.size(); other++) {
                if (!tree.parents.get(person).isEmpty() && tree.parents.get(person).equals(tree.parents.get(other))) {
                    links.add(new Link("sibling", person, other));
                }
            }
        }
        return links;
    }

    /** The shortest and longest chain that {@link #chain} can make between two people with a named relation. */
    private static int[] lengths(KinshipFamily tree, int first, int second) {
        KinshipFamily.Relation relation = tree.relation(first, second);
        return switch (relation.route()) {
            case "spouse" -> new int[] {1, 1};
            case "blood" -> bloodLengths(tree.blood(first, second));
            case "partner" -> plusOne(bloodLengths(tree.blood(first, tree.spouse[second])));
            default -> plusOne(bloodLengths(tree.blood(tree.spouse[first], second)));
        };
    }

    private static int[] plusOne(int[] lengths) {
        return new int[] {lengths[0] + 1, lengths[1] + 1};
    }

    private static int[] bloodLengths(int[] distances) {
        int length = distances[0] + distances[1];
        return new int[] {distances[0] > 0 && distances[1] > 0 ? length - 1 : length, length};
    }

    /**
     * The links from first to second that show their relation: up to a common ancestor and down, through a spouse if
     * needed; {@code shortcut} joins the two links below the common ancestor into one sibling link where there are two.
     */
    private static List<Link> chain(KinshipFamily tree, int first, int second, boolean shortcut, RandomGenerator random) {
        List<Link> links = new ArrayList<>();
        switch (tree.relation(first, second).route()) {
            case "spouse" -> links.add(new Link("spouse", Math.min(first, second), Math.max(first, second)));
            case "blood" -> links.addAll(bloodChain(tree, first, second, shortcut, random));
            case "partner" -> {
                int partner = tree.spouse[second];
                links.addAll(bloodChain(tree, first, partner, shortcut, random));
                links.add(new Link("spouse", Math.min(partner, second), Math.max(partner, second)));
            }
            default -> {
                int own = tree.spouse[first];
                links.add(new Link("spouse", Math.min(first, own), Math.max(first, own)));
                links.addAll(bloodChain(tree, own, second, shortcut, random));
            }
        }
        return links;
    }

    /** Up from first to a nearest common ancestor and down to second. */
    private static List<Link> bloodChain(KinshipFamily tree, int first, int second, boolean shortcut, RandomGenerator random) {
        Map<Integer, Integer> up = tree.ancestors(first);
        Map<Integer, Integer> down = tree.ancestors(second);
        int[] distances = tree.blood(first, second);
        List<Integer> tops = new ArrayList<>();
        for (Map.Entry<Integer, Integer> entry : up.entrySet()) {
            if (entry.getValue() == distances[0] && down.get(entry.getKey()) != null && down.get(entry.getKey()) == distances[1]) {
                tops.add(entry.getKey());
            }
        }
        int top = Draw.pick(tops, random);
        List<Integer> left = path(tree, first, top, up);
        List<Integer> right = path(tree, second, top, down);
        List<Link> links = new ArrayList<>();
        boolean sibling = left.size() > 1 && right.size() > 1 && shortcut;
        for (int i = 0; i + 1 < left.size(); i++) {
            if (!(sibling && i + 2 == left.size())) {
                links.add(new Link("parent", left.get(i + 1), left.get(i)));
            }
        }
        if (sibling) {
            int a = left.get(left.size() - 2);
            int b = right.get(right.size() - 2);
            links.add(new Link("sibling", Math.min(a, b), Math.max(a, b)));
        }
        for (int i = right.size() - 2; i >= 0; i--) {
            if (!(sibling && i + 2 == right.size())) {
                links.add(new Link("parent", right.get(i + 1), right.get(i)));
            }
        }
        return links;
    }

    /** From a person up to one of their ancestors, one generation at a time. */
    private static List<Integer> path(KinshipFamily tree, int from, int ancestor, Map<Integer, Integer> distances) {
        List<Integer> path = new ArrayList<>();
        path.add(from);
        int current = from;
        while (current != ancestor) {
            int next = -1;
            for (int parent : tree.parents.get(current)) {
                Map<Integer, Integer> above = tree.ancestors(parent);
                if (above.containsKey(ancestor) && above.get(ancestor) == distances.get(ancestor) - distances.get(current) - 1) {
                    next = parent;
                    break;
                }
            }
            current = next;
            path.add(current);
        }
        return path;
    }

    private static Fact fact(KinshipFamily tree, Link link, boolean firstSpeaks) {
        int subject = firstSpeaks ? link.first() : link.second();
        int object = firstSpeaks ? link.second() : link.first();
        boolean female = tree.female[subject];
        String role = switch (link.kind()) {
            case "parent" -> firstSpeaks ? female ? "mother" : "father" : female ? "daughter" : "son";
            case "sibling" -> female ? "sister" : "brother";
            default -> female ? "wife" : "husband";
        };
        return new Fact(subject, role, object);
    }

    /** The family that the facts imply under the puzzle's rules, with a stand-in parent for stated brothers and sisters. */
    static KinshipFamily implied(int people, List<Fact> facts) {
        KinshipFamily family = new KinshipFamily(people + facts.size());
        List<int[]> siblings = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            int subject = fact.subject();
            int object = fact.object();
            family.female[subject] = KinshipBootcamp.isFemale(fact.role());
            switch (fact.role()) {
                case "mother", "father" -> family.parents.get(object).add(subject);
                case "son", "daughter" -> family.parents.get(subject).add(object);
                case "brother", "sister" -> {
                    siblings.add(new int[] {subject, object});
                    family.parents.get(subject).add(people + i);
                    family.parents.get(object).add(people + i);
                }
                default -> {
                    family.spouse[subject] = object;
                    family.spouse[object] = subject;
                }
            }
        }
        family.close(siblings);
        return family;
    }
}
