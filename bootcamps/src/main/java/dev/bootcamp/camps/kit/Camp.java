package dev.bootcamp.camps.kit;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;

/**
 * A bootcamp base by composition: the info and the answer {@link Codec} are given once, so a bootcamp writes only what
 * is its own (levels, generator, question, solver, checker, near misses, cost). Family bases (a cipher, an ARC rule, a
 * Latin constraint set) are objects a bootcamp holds, not further subclasses.
 *
 * <pre>{@code
 * public final class TreeDiameterBootcamp extends Camp<Puzzle, Answer> {
 *     public TreeDiameterBootcamp() {
 *         super(INFO, Codecs.list(Codecs.word(), " ").map(Answer::new, Answer::path));
 *     }
 *     ...
 * }
 * }</pre>
 *
 * @param <P> the puzzle
 * @param <A> the answer
 */
public abstract class Camp<P, A> implements Bootcamp<P, A> {
    private final BootcampInfo info;
    private final Codec<A> codec;

    protected Camp(BootcampInfo info, Codec<A> codec) {
        this.info = info;
        this.codec = codec;
    }

    @Override
    public final BootcampInfo info() {
        return info;
    }

    @Override
    public final String render(A answer) {
        return codec.render(answer);
    }

    @Override
    public final A parse(String text) {
        return codec.parse(text);
    }
}
