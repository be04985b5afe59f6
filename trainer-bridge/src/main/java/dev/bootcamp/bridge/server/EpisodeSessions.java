package dev.bootcamp.bridge.server;

import dev.bootcamp.api.Interactive;
import dev.bootcamp.core.Episode;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The episodes the server is playing, by episode id: at most {@code capacity} at once, and one left without an action
 * for {@code idleMillis} is dropped the next time a session is opened. An episode's state is its spec, its actions and
 * the bootcamp's small state record, so thousands fit in the default heap.
 */
final class EpisodeSessions {
    private final int capacity;
    private final long idleMillis;
    private final LongSupplier clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    EpisodeSessions(int capacity, long idleMillis, LongSupplier clock) {
        this.capacity = capacity;
        this.idleMillis = idleMillis;
        this.clock = clock;
    }

    /** An open episode and when it was last used; callers synchronise on it while they act. */
    static final class Session {
        final Episode<?> episode;
        volatile long lastUsed;

        Session(Episode<?> episode, long now) {
            this.episode = episode;
            this.lastUsed = now;
        }
    }

    /** Opens (or replaces) the session {@code id}; full after dropping idle ones gives a 503 to the caller. */
    Session open(String id, Episode<?> episode) {
        long now = clock.getAsLong();
        dropIdle(now);
        if (!sessions.containsKey(id) && sessions.size() >= capacity) {
            throw new Full(capacity);
        }
        Session session = new Session(episode, now);
        sessions.put(id, session);
        return session;
    }

    /** The session {@code id}, marked as used now; null when there is none (never opened, closed or dropped). */
    Session get(String id) {
        Session session = sessions.get(id);
        if (session != null) {
            session.lastUsed = clock.getAsLong();
        }
        return session;
    }

    void close(String id) {
        sessions.remove(id);
    }

    int size() {
        return sessions.size();
    }

    private void dropIdle(long now) {
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
            if (now - it.next().lastUsed > idleMillis) {
                it.remove();
            }
        }
    }

    /** Every session slot is taken. */
    static final class Full extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Full(int capacity) {
            super("all " + capacity + " episode sessions are in use; close one (or wait for idle ones to expire) and retry");
        }
    }

    static String idOf(Interactive<?> bootcamp, String episodeId) {
        return bootcamp.info().id() + "/" + episodeId;
    }
}
