package dev.bootcamp.camps.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Turn;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.tools.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseQueryBootcampTest {
    private final DatabaseQueryBootcamp bootcamp = new DatabaseQueryBootcamp();
    private final Table people = new Table(List.of("name", "age", "city", "job", "salary", "manager"), List.of(
            List.of("bako", "41", "oslo", "chef", "52000", "none"),
            List.of("lira", "29", "oslo", "nurse", "61000", "bako"),
            List.of("tomu", "35", "lima", "chef", "48000", "lira")));
    // The salary of the manager of the manager of tomu: tomu -> lira -> bako, 52000.
    private final DatabaseQueryBootcamp.State chain = new DatabaseQueryBootcamp.State(people, 0, List.of("tomu", "2"), 0, "", 7);

    @Test
    void queriesFilterAndCount() {
        assertThat(bootcamp.act(chain, "select name, salary where age > 30").observation())
                .isEqualTo("2 rows match; page 1 of 1:\nname=bako, salary=52000\nname=tomu, salary=48000");
        assertThat(bootcamp.act(chain, "SELECT name WHERE city = Oslo AND job != chef").observation())
                .isEqualTo("1 row matches; page 1 of 1:\nname=lira");
        assertThat(bootcamp.act(chain, "count where job = chef").observation()).isEqualTo("count: 2");
        assertThat(bootcamp.act(chain, "select name page 2").observation()).isEqualTo("3 rows match: there is no page 2.");
    }

    @Test
    void badQueriesSayWhy() {
        assertThat(bootcamp.act(chain, "select height").observation())
                .isEqualTo("That query could not be run: no column 'height'; the columns are name, age, city, job, salary, manager.");
        assertThat(bootcamp.act(chain, "select name where city > oslo").observation()).contains("holds words; compare it with = or !=");
        assertThat(bootcamp.act(chain, "select name where age > 3 or age < 2").observation()).contains("only 'and' joins conditions");
        assertThat(bootcamp.act(chain, "count where " + "age > 1 and ".repeat(30)).observation()).contains("too long");
        assertThat(bootcamp.act(chain, "drop table").observation()).startsWith("Unreadable command");
        assertThat(bootcamp.act(chain, "select name where age >").state()).isEqualTo(chain);
    }

    @Test
    void theChainIsClimbedAndAnswered() {
        assertThat(DatabaseQueryBootcamp.plan(chain)).containsExactly("select manager where name = tomu", "select manager where name = lira",
                "select salary where name = bako");
        assertThat(DatabaseQueryBootcamp.questionText(chain)).isEqualTo("What is the salary of the manager of the manager of tomu?");
        Turn<DatabaseQueryBootcamp.State> won = bootcamp.act(chain, "answer 52000");
        assertThat(won.done()).isTrue();
        assertThat(bootcamp.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(bootcamp.outcome(bootcamp.act(chain, "answer 52,000").state()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(bootcamp.outcome(bootcamp.act(chain, "answer 61000").state()).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void theBestPaidIsAnsweredByName() {
        DatabaseQueryBootcamp.State best = new DatabaseQueryBootcamp.State(people, 2, List.of("chef"), 0, "", 5);
        assertThat(DatabaseQueryBootcamp.solution(best)).isEqualTo("bako");
        assertThat(bootcamp.outcome(bootcamp.act(best, "answer Bako").state()).verdict()).isEqualTo(Verdict.CORRECT);
        DatabaseQueryBootcamp.State total = new DatabaseQueryBootcamp.State(people, 1, List.of("oslo", "30"), 0, "", 5);
        assertThat(DatabaseQueryBootcamp.solution(total)).isEqualTo("52000");
    }
}
