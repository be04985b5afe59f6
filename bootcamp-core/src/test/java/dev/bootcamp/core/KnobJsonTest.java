package dev.bootcamp.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The SPI writes knob values as JSON without Jackson; case ids hash those bytes, so they must be the bytes the
 * framework's Jackson configuration writes for the same values.
 */
class KnobJsonTest {
    private static final String ODD_CHOICE = "quote\" back\\slash \n\t\r\b\f \u0001 \u001f \u007f é \u2028 / <>";
    private static final List<Knob<?>> KNOBS = List.of(
            Knob.integer("size", -1_000_000, 1_000_000, 9, "an integer"),
            Knob.decimal("ratio", -1e300, 1e300, 0.5, "a decimal"),
            Knob.choice("shape", List.of("square", "tall-thin", ODD_CHOICE), "square", "a choice"),
            Knob.flag("wrap", false, "a flag"));

    @Test
    void knobJsonIsWhatJacksonWrites() {
        SplittableRandom random = new SplittableRandom(7);
        double[] decimals = {0.0, -0.0, 1.0, 0.1, 1e-7, 1e-3, 12345.678, 1e7, 1e21, -2.5e-300, 1e300, 1.0 / 3};
        List<String> choices = List.of("square", "tall-thin", ODD_CHOICE);
        for (int i = 0; i < 500; i++) {
            double decimal = i < decimals.length ? decimals[i] : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-20, 20));
            Knobs knobs = Knobs.defaults(KNOBS)
                    .with("size", random.nextInt(-1_000_000, 1_000_001))
                    .with("ratio", decimal)
                    .with("shape", choices.get(random.nextInt(choices.size())))
                    .with("wrap", random.nextBoolean());
            assertThat(knobs.json()).isEqualTo(Json.write(knobs.values()));
        }
    }

    @Test
    void noKnobsIsAnEmptyObject() {
        assertThat(Knobs.defaults(List.of()).json()).isEqualTo("{}").isEqualTo(Json.write(Knobs.defaults(List.of()).values()));
    }
}
