package dev.bootcamp.cli;

/** A hello-world program: the baseline that {@code bench --startup} compares the command's start-up with. */
public final class StartupBaseline {
    private StartupBaseline() {}

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
