package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import java.util.function.Function;

/**
 * An answer's text form as one object: {@link #render} writes the canonical text and {@link #parse} reads it back
 * (leniently about whitespace, case and separators, strictly about content), so the two cannot drift apart. A bootcamp
 * built on {@link Camp} takes its {@code render} and {@code parse} from one codec; {@link Codecs} holds the common ones.
 *
 * @param <A> the answer
 */
public interface Codec<A> {
    String render(A answer);

    /** Reads answer text; throws {@link AnswerFormatException} with a reason, and nothing else, for any text. */
    A parse(String text);

    /** This codec seen through a conversion, for example a list of words as an answer record. */
    default <B> Codec<B> map(Function<? super A, ? extends B> read, Function<? super B, ? extends A> write) {
        Codec<A> inner = this;
        return new Codec<>() {
            @Override
            public String render(B answer) {
                return inner.render(write.apply(answer));
            }

            @Override
            public B parse(String text) {
                return read.apply(inner.parse(text));
            }
        };
    }

    /** A codec from two functions. */
    static <A> Codec<A> of(Function<? super A, String> render, Function<String, ? extends A> parse) {
        return new Codec<>() {
            @Override
            public String render(A answer) {
                return render.apply(answer);
            }

            @Override
            public A parse(String text) {
                return parse.apply(text);
            }
        };
    }
}
