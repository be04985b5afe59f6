package dev.bootcamp.spark;

import org.apache.spark.Partitioner;

/** Partitions {@code id NUL response} keys by the id alone, so all responses to one case meet in one partition. */
final class IdPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;

    private final int partitions;

    IdPartitioner(int partitions) {
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        String text = (String) key;
        int end = text.indexOf('\u0000');
        String id = end < 0 ? text : text.substring(0, end);
        return Math.floorMod(id.hashCode(), partitions);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdPartitioner that && that.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(partitions);
    }
}
