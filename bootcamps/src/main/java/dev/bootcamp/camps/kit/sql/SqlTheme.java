package dev.bootcamp.camps.kit.sql;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.PersonNames;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A pair of related tables with fixed roles, so that query generators can be written once for every theme: a main
 * table (a unique id, a unique label, a group, two numbers) and a side table keyed by the group (an attribute and a
 * number). Some main rows name a group the side table lacks, and the side table has groups no row uses, so outer joins
 * produce NULLs.
 */
public record SqlTheme(String main, String id, String label, String group, String first, String second, String side, String attribute,
        String third, List<String> labels, List<String> groups, List<String> attributes, int low, int high) {
    public SqlTheme {
        labels = List.copyOf(labels);
        groups = List.copyOf(groups);
        attributes = List.copyOf(attributes);
    }

    /** The themes, in a fixed order. */
    public static final List<SqlTheme> ALL = List.of(
            new SqlTheme("staff", "id", "name", "dept", "salary", "age", "depts", "city", "floor", PersonNames.ALL,
                    List.of("Sales", "Legal", "Design", "Support", "Research", "Finance", "Ops", "Admin"),
                    List.of("Oslo", "Lima", "Cairo", "Perth", "Quito", "Riga"), 1, 99),
            new SqlTheme("books", "id", "title", "genre", "pages", "copies", "genres", "shelf", "loans",
                    List.of("Amber", "Bramble", "Cobalt", "Drift", "Ember", "Fable", "Garnet", "Harbor", "Ivory", "Juniper", "Kestrel",
                            "Lantern", "Meadow", "Nimbus", "Orchid", "Pebble", "Quartz", "Rivet", "Saffron", "Thistle", "Umber", "Velvet",
                            "Willow", "Yonder", "Zephyr", "Aspen", "Birch", "Cedar", "Dune", "Echo"),
                    List.of("Poetry", "Drama", "Travel", "Science", "History", "Fantasy", "Mystery", "Cooking"),
                    List.of("North", "South", "East", "West", "Attic"), 1, 99),
            new SqlTheme("players", "id", "player", "team", "goals", "games", "teams", "coach", "budget", PersonNames.ALL,
                    List.of("Lions", "Hawks", "Otters", "Wolves", "Bears", "Foxes", "Sharks", "Eagles"),
                    List.of("Kim", "Lee", "Park", "Ross", "Diaz", "Moore"), 0, 60),
            new SqlTheme("orders", "id", "customer", "product", "qty", "price", "products", "category", "stock", PersonNames.ALL,
                    List.of("Lamp", "Chair", "Desk", "Mug", "Shelf", "Rug", "Clock", "Vase"),
                    List.of("Home", "Office", "Kitchen", "Garden"), 1, 50),
            new SqlTheme("students", "id", "student", "course", "score", "credits", "courses", "teacher", "room", PersonNames.ALL,
                    List.of("Math", "Art", "Music", "Biology", "Physics", "Latin", "Drama", "Chemistry"),
                    List.of("Novak", "Olsen", "Petrov", "Quinn", "Reyes", "Sato"), 0, 100));

    /** The two tables of one theme drawn at random: {@code rows} main rows, nulls in a share of the nullable cells. */
    public List<SqlTable> draw(int rows, int groupCount, double nullShare, RandomGenerator random) {
        List<String> pool = Draw.sample(groups, Math.min(groupCount, groups.size()), random);
        List<String> used = pool.subList(0, Math.max(1, pool.size() - 1));
        List<String> names = Draw.sample(labels, rows, random);
        List<List<String>> mainRows = new ArrayList<>();
        int[] ids = Draw.permutation(rows * 2, random);
        List<Integer> idList = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            idList.add(ids[i] + 1);
        }
        idList.sort(null);
        for (int i = 0; i < names.size(); i++) {
            String groupCell = random.nextDouble() < nullShare / 2 ? SqlTable.NULL : Draw.pick(used, random);
            String firstCell = String.valueOf(Draw.between(low, high, random));
            String secondCell = random.nextDouble() < nullShare ? SqlTable.NULL : String.valueOf(Draw.between(1, 20, random));
            mainRows.add(List.of(String.valueOf(idList.get(i)), names.get(i), groupCell, firstCell, secondCell));
        }
        List<List<String>> sideRows = new ArrayList<>();
        List<String> sideGroups = new ArrayList<>(pool.subList(pool.size() > 2 ? 1 : 0, pool.size()));
        sideGroups.sort(null);
        for (String groupName : sideGroups) {
            String attributeCell = random.nextDouble() < nullShare / 2 ? SqlTable.NULL : Draw.pick(attributes, random);
            sideRows.add(List.of(groupName, attributeCell, String.valueOf(Draw.between(1, 9, random))));
        }
        return List.of(new SqlTable(main, List.of(id, label, group, first, second), List.of("INT", "VARCHAR", "VARCHAR", "INT", "INT"), mainRows),
                new SqlTable(side, List.of(group, attribute, third), List.of("VARCHAR", "VARCHAR", "INT"), sideRows));
    }
}
