package dev.bootcamp.camps.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Turn;
import dev.bootcamp.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAdventureBootcampTest {
    private final TextAdventureBootcamp bootcamp = new TextAdventureBootcamp();
    // Hall (0) north to library (1), library north through a red door to the vault (2); the red key lies in the hall,
    // the treasure in the vault. Links and locks are four per room: north, east, south, west.
    private final TextAdventureBootcamp.State start = new TextAdventureBootcamp.State(List.of("entrance hall", "library", "vault"),
            List.of(1, -1, -1, -1, 2, -1, 0, -1, -1, -1, 1, -1), List.of(-1, -1, -1, -1, 0, -1, -1, -1, -1, -1, 0, -1), List.of(0),
            List.of(), 2, false, 0, List.of(0), 20);

    @Test
    void theRoomIsDescribedWithItsExitsAndThings() {
        assertThat(TextAdventureBootcamp.describe(start)).isEqualTo("You are in the entrance hall. Exits: north. You see a red key.");
        Turn<TextAdventureBootcamp.State> north = bootcamp.act(start, "go north");
        assertThat(north.observation()).isEqualTo("You are in the library. Exits: north (a door with a red lock, locked), south.");
        assertThat(bootcamp.act(north.state(), "n").observation()).isEqualTo("The red door to the north is locked.");
        assertThat(bootcamp.act(north.state(), "open north").observation()).isEqualTo("The door to the north needs the red key, which you do not carry.");
        assertThat(bootcamp.act(start, "west").observation()).startsWith("There is no exit to the west.");
    }

    @Test
    void theTreasureBroughtHomeWins() {
        TextAdventureBootcamp.State state = start;
        for (String action : List.of("take red key", "north", "open north", "north", "take treasure", "south")) {
            Turn<TextAdventureBootcamp.State> turn = bootcamp.act(state, action);
            assertThat(turn.done()).as(action).isFalse();
            state = turn.state();
        }
        assertThat(bootcamp.outcome(state).detail()).isEqualTo("the treasure was taken but not brought back");
        Turn<TextAdventureBootcamp.State> home = bootcamp.act(state, "go south");
        assertThat(home.done()).isTrue();
        assertThat(home.observation()).endsWith("You win!");
        assertThat(bootcamp.outcome(home.state()).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void theExpertFetchesTheKeyFirst() {
        assertThat(bootcamp.expertAction(start)).isEqualTo("take red key");
        assertThat(bootcamp.expertAction(bootcamp.act(start, "take key").state())).isEqualTo("go north");
        assertThat(bootcamp.outcome(start).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void unreadableCommandsSayWhy() {
        assertThat(bootcamp.act(start, "dance").observation()).startsWith("Unreadable command \"dance\". Use go DIRECTION");
        assertThat(bootcamp.act(start, "take lamp").observation()).startsWith("Take what?");
        assertThat(bootcamp.act(start, "go up").observation()).startsWith("Go which way?");
        assertThat(bootcamp.act(start, "open door").observation()).startsWith("There is no locked door here.");
        assertThat(bootcamp.act(start, "take treasure").state()).isEqualTo(start);
    }
}
