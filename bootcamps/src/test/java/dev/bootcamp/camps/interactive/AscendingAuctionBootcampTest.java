package dev.bootcamp.camps.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Turn;
import dev.bootcamp.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class AscendingAuctionBootcampTest {
    private final AscendingAuctionBootcamp bootcamp = new AscendingAuctionBootcamp();
    // One clock worth 500 to the player, opening at 100, increment 10; Ada's limit is 300, Bram's 150.
    private final AscendingAuctionBootcamp.State start = new AscendingAuctionBootcamp.State(List.of("clock"), List.of(500L), List.of(100L),
            List.of(10L), List.of(List.of(300L, 150L)), 0, -1, List.of(), 30);

    @Test
    void theWeakestWillingRivalOutbidsByTheIncrement() {
        Turn<AscendingAuctionBootcamp.State> first = bootcamp.act(start, "bid 100");
        assertThat(first.observation()).isEqualTo("Bram bids 110; the next bid is at least 120.");
        Turn<AscendingAuctionBootcamp.State> second = bootcamp.act(first.state(), "bid 200");
        assertThat(second.observation()).isEqualTo("Ada bids 210; the next bid is at least 220.");
        assertThat(bootcamp.expertAction(second.state())).isEqualTo("bid 220");
    }

    @Test
    void winningJustAboveTheStrongestLimitWins() {
        Turn<AscendingAuctionBootcamp.State> won = bootcamp.act(start, "bid 295");
        assertThat(won.done()).isTrue();
        assertThat(won.observation()).isEqualTo("No rival bids more. You win the clock for 295. The auction is over.");
        assertThat(bootcamp.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void overbiddingOrGivingUpLoses() {
        assertThat(bootcamp.outcome(bootcamp.act(start, "bid 311").state()).detail()).isEqualTo("the clock cost 311; it could be won for 310");
        assertThat(bootcamp.outcome(bootcamp.act(start, "pass").state()).detail()).isEqualTo("the clock was given up; it could be won for 310");
        assertThat(bootcamp.outcome(start).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void badBidsSayWhatIsAllowed() {
        assertThat(bootcamp.act(start, "bid 50").observation()).startsWith("A bid must be a whole number from 100 to 1000000000.");
        assertThat(bootcamp.act(start, "bid " + "9".repeat(30)).state()).isEqualTo(start);
        assertThat(bootcamp.act(start, "sell").observation()).startsWith("Unreadable move \"sell\"");
    }
}
