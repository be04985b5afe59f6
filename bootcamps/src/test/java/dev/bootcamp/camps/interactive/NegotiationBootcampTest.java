package dev.bootcamp.camps.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Turn;
import dev.bootcamp.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegotiationBootcampTest {
    private final NegotiationBootcamp bootcamp = new NegotiationBootcamp();
    // One lamp: lowest price 1000, divisor 2, opening ask 3000 (a good price is at most 1000 + 2000 / 100 = 1020).
    private final NegotiationBootcamp.State start = new NegotiationBootcamp.State(List.of("lamp"), List.of(1000L), List.of(2),
            List.of(3000L), 3, List.of(3000L), List.of(), 5);

    @Test
    void aLowOfferIsRejectedAndTheAskDropsByTheGapOverD() {
        Turn<NegotiationBootcamp.State> first = bootcamp.act(start, "offer 1");
        assertThat(first.observation()).isEqualTo("The seller rejects 1 and now asks 2000 for the lamp.");
        Turn<NegotiationBootcamp.State> second = bootcamp.act(first.state(), "I offer 999");
        assertThat(second.observation()).isEqualTo("The seller rejects 999 and now asks 1500 for the lamp.");
    }

    @Test
    void theExpertInfersTheLowestPriceFromThreeAsks() {
        // d = 2 fits with L = 1000 or 999; d = 3 would have asked 1334 after 2000.
        assertThat(NegotiationBootcamp.candidates(List.of(3000L, 2000L, 1500L), 3)).containsExactly(1000L, 999L);
        NegotiationBootcamp.State seen = bootcamp.act(bootcamp.act(start, "offer 1").state(), "offer 1").state();
        assertThat(bootcamp.expertAction(seen)).isEqualTo("offer 1000");
        Turn<NegotiationBootcamp.State> deal = bootcamp.act(seen, "offer 1000");
        assertThat(deal.done()).isTrue();
        assertThat(deal.observation()).isEqualTo("Deal: you buy the lamp for 1000. That was the last item.");
        assertThat(bootcamp.outcome(deal.state()).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void overpayingOrNotBuyingLoses() {
        Turn<NegotiationBootcamp.State> accepted = bootcamp.act(start, "accept");
        assertThat(accepted.done()).isTrue();
        assertThat(bootcamp.outcome(accepted.state()).detail()).isEqualTo("lamp bought for 3000, a good price was at most 1020");
        assertThat(bootcamp.outcome(bootcamp.act(start, "offer 1021").state()).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(bootcamp.outcome(bootcamp.act(start, "offer 1020").state()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(bootcamp.outcome(start).detail()).isEqualTo("lamp not bought");
    }

    @Test
    void unreadableMovesSayWhy() {
        assertThat(bootcamp.act(start, "hmm").observation()).isEqualTo("Unreadable move \"hmm\". Use \"offer N\" or \"accept\". The seller asks 3000 for the lamp.");
        assertThat(bootcamp.act(start, "offer a lot").state()).isEqualTo(start);
        assertThat(bootcamp.act(start, "offer -5").observation()).startsWith("Offer a whole number of at least 0");
    }
}
