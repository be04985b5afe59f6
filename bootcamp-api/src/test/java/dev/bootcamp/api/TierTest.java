package dev.bootcamp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TierTest {
    @Test
    void tierNamesGiveTheirLevels() {
        assertThat(Tier.parseLevel("easy")).isEqualTo(2);
        assertThat(Tier.parseLevel("medium")).isEqualTo(5);
        assertThat(Tier.parseLevel("hard")).isEqualTo(8);
        assertThat(Tier.parseLevel("expert")).isEqualTo(10);
    }

    @Test
    void tierNamesIgnoreCaseAndSurroundingSpace() {
        assertThat(Tier.parseLevel("  Hard ")).isEqualTo(8);
    }

    @Test
    void numbersFromOneToTenAreLevels() {
        for (int level = 1; level <= 10; level++) {
            assertThat(Tier.parseLevel(Integer.toString(level))).isEqualTo(level);
        }
        assertThat(Tier.parseLevel(" 7 ")).isEqualTo(7);
    }

    @Test
    void numbersOutsideOneToTenAreRefused() {
        assertThatThrownBy(() -> Tier.parseLevel("0")).isInstanceOf(ConfigurationException.class).hasMessage("level must be in 1..10, found 0");
        assertThatThrownBy(() -> Tier.parseLevel("11")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> Tier.parseLevel("-3")).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void aMisspeltTierSuggestsTheClosestName() {
        assertThatThrownBy(() -> Tier.parseLevel("exprt"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("level must be 1..10 or one of easy, medium, hard, expert, found 'exprt'; did you mean 'expert'?");
    }

    @Test
    void checkLevelReturnsAValidLevelUnchanged() {
        assertThat(Tier.checkLevel(1)).isEqualTo(1);
        assertThat(Tier.checkLevel(10)).isEqualTo(10);
        assertThatThrownBy(() -> Tier.checkLevel(11)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void tiersSitInsideTheLevelScaleInOrder() {
        int previous = Tier.MIN_LEVEL - 1;
        for (Tier tier : Tier.values()) {
            assertThat(tier.level()).isGreaterThan(previous).isBetween(Tier.MIN_LEVEL, Tier.MAX_LEVEL);
            previous = tier.level();
        }
        assertThat(Tier.EXPERT.level()).isEqualTo(Tier.MAX_LEVEL);
    }
}
