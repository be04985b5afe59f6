package dev.bootcamp.camps.planning;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCodecs;
import dev.bootcamp.camps.kit.planning.Strips;
import dev.bootcamp.camps.kit.planning.StripsProblem;
import dev.bootcamp.camps.kit.planning.StripsPuzzle;
import dev.bootcamp.camps.kit.planning.StripsSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Logistics: parcels ride trucks inside cities and a plane between airports; any plan within a step bound. */
@AutoService(Bootcamp.class)
public final class PddlLogisticsBootcamp extends Camp<StripsPuzzle, Plan> {
    private static final Knob<Integer> CITIES = Knob.integer("cities", 2, 3, 2, "cities, each with an airport, a depot and one truck");
    private static final Knob<Integer> PARCELS = Knob.integer("parcels", 1, 3, 2, "parcels to deliver");
    private static final Knob<Integer> SLACK = Knob.integer("slack", 0, 10, 4, "steps allowed beyond the shortest plan");
    private static final BootcampInfo INFO = BootcampInfo.builder(PddlLogisticsBootcamp.class)
            .title("Logistics delivery plan (PDDL)")
            .version(1)
            .domain("planning")
            .tags("planning", "pddl", "strips")
            .summary("The logistics domain in PDDL-like text: trucks drive between the airport and the depot of their own city,"
                    + " one plane flies between airports, and parcels are loaded into and unloaded from vehicles. Give an action"
                    + " sequence that brings every parcel to its destination in at most a stated number of steps (the shortest"
                    + " plan, found by breadth-first search, plus a slack). The plan is replayed; CORRECT when every action is"
                    + " legal, the goal holds at the end and the bound is kept, WRONG otherwise.")
            .knob(CITIES)
            .knob(PARCELS)
            .knob(SLACK)
            .answerShape("actions separated by commas, each the action name followed by its objects, such as drive-truck t1 a b c")
            .severalAnswers()
            .build();

    static final List<StripsSchema> SCHEMAS = List.of(
            StripsSchema.of("load-truck", "?p parcel, ?t truck, ?l place", "at ?t ?l; at ?p ?l", "in ?p ?t", "at ?p ?l"),
            StripsSchema.of("unload-truck", "?p parcel, ?t truck, ?l place", "at ?t ?l; in ?p ?t", "at ?p ?l", "in ?p ?t"),
            StripsSchema.of("load-plane", "?p parcel, ?a plane, ?l place", "at ?a ?l; at ?p ?l", "in ?p ?a", "at ?p ?l"),
            StripsSchema.of("unload-plane", "?p parcel, ?a plane, ?l place", "at ?a ?l; in ?p ?a", "at ?p ?l", "in ?p ?a"),
            StripsSchema.of("drive-truck", "?t truck, ?from place, ?to place, ?c city", "at ?t ?from; in-city ?from ?c; in-city ?to ?c",
                    "at ?t ?to", "at ?t ?from"),
            StripsSchema.of("fly-plane", "?a plane, ?from place, ?to place", "at ?a ?from; airport ?from; airport ?to", "at ?a ?to", "at ?a ?from"));
    private static final List<String> CITY_NAMES = List.of("paris", "rome", "oslo", "lima", "cairo", "delhi", "tokyo", "quito", "sofia", "perth");

    public PddlLogisticsBootcamp() {
        super(INFO, PlanCodecs.steps(1000));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] parcels = {1, 1, 1, 2, 2, 2, 2, 3, 3, 3};
        int[] slack = {6, 5, 5, 4, 3, 2, 2, 1, 1, 0};
        return INFO.defaults().with(CITIES, 2).with(PARCELS, parcels[level - 1]).with(SLACK, slack[level - 1]);
    }

    @Override
    public StripsPuzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> cities = Draw.sample(CITY_NAMES, knobs.get(CITIES), random);
        int parcels = knobs.get(PARCELS);
        return Strips.generate(SCHEMAS, () -> draw(cities, parcels, random), () -> draw(cities, parcels, random),
                parcels + 4, 100_000, 6, knobs.get(SLACK));
    }

    private static StripsProblem draw(List<String> cities, int parcels, RandomGenerator random) {
        StripsProblem.Builder problem = new StripsProblem.Builder();
        List<String> places = new ArrayList<>();
        for (String city : cities) {
            problem.object(city, "city");
        }
        for (String city : cities) {
            problem.object(city + "-airport", "place").object(city + "-depot", "place");
            places.add(city + "-airport");
            places.add(city + "-depot");
        }
        for (int i = 0; i < cities.size(); i++) {
            problem.object("truck" + (i + 1), "truck");
        }
        problem.object("plane1", "plane");
        for (int i = 1; i <= parcels; i++) {
            problem.object("parcel" + i, "parcel");
        }
        for (int i = 0; i < cities.size(); i++) {
            String city = cities.get(i);
            problem.init("in-city " + city + "-airport " + city).init("in-city " + city + "-depot " + city).init("airport " + city + "-airport");
            problem.init("at truck" + (i + 1) + " " + places.get(2 * i + random.nextInt(2)));
        }
        problem.init("at plane1 " + Draw.pick(cities, random) + "-airport");
        for (int i = 1; i <= parcels; i++) {
            int from = random.nextInt(places.size());
            int to = (from + 1 + random.nextInt(places.size() - 1)) % places.size();
            problem.init("at parcel" + i + " " + places.get(from)).goal("at parcel" + i + " " + places.get(to));
        }
        return problem.build();
    }

    @Override
    public String question(StripsPuzzle puzzle) {
        return "A courier company moves parcels. Inside a city a truck drives between the city's airport and its depot; between"
                + " cities only the plane travels, from airport to airport. Parcels go into and out of a vehicle at the place"
                + " where both are. Here is the domain as PDDL-like action schemas:\n\n"
                + Strips.domainText(SCHEMAS) + "\nand the problem:\n" + puzzle.problem().text() + "\n\n" + Strips.LANGUAGE
                + "\n\nWrite a plan of at most " + puzzle.bound() + " actions after which every goal atom holds. List the actions"
                + " in the order they are carried out, separated by commas; write each as the action name and then its objects"
                + " in the order of its parameters, as in: load-truck parcel9 truck5 oslo-depot, drive-truck truck5 oslo-depot oslo-airport oslo";
    }

    @Override
    public Plan solve(StripsPuzzle puzzle) {
        return new Plan(puzzle.plan());
    }

    @Override
    public Score check(StripsPuzzle puzzle, Plan plan) {
        return Strips.check(SCHEMAS, puzzle, plan, false);
    }

    @Override
    public List<Plan> nearMisses(StripsPuzzle puzzle, Plan gold, RandomGenerator random) {
        return Strips.misses(SCHEMAS, puzzle, false, random);
    }

    @Override
    public double cost(StripsPuzzle puzzle) {
        return puzzle.explored();
    }
}
