package dev.bootcamp.core.engine;

import dev.bootcamp.api.Verdict;

/** One line of a verify job's scores: {@code {id, bootcamp, level, reward, verdict, detail}}. */
public record ScoreLine(String id, String bootcamp, int level, double reward, Verdict verdict, String detail) {}
