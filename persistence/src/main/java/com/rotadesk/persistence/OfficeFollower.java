package com.rotadesk.persistence;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Follows one office on a server (decision 0008): a connection of its own LISTENs to the office's channel and waits
 * for a notification a short while at a time. A notification is only a wake-up: the listener then reads the
 * journal by sequence number ({@link OfficeStore#catchUp()}), as it does after every reconnect and now and then in
 * case a wake-up was missed. The same connection notices the server going away (a failed wait, an unanswered
 * heartbeat) and reconnects until it is back.
 */
public final class OfficeFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeFollower.class);
    /** How long one wait for a notification lasts: also how soon a close is noticed. */
    static final int WAIT_MILLIS = 250;
    /** A statement this often on the listening connection: a server that vanished without a word is noticed. */
    private static final long HEARTBEAT_MILLIS = 2_000;
    /** Reading by sequence number this often even without a wake-up. */
    private static final long LOOK_MILLIS = 10_000;
    /** Between attempts to reach a server that is away. */
    private static final long RECONNECT_MILLIS = 1_000;

    /** What the follower tells the desk; called on the follower's thread. */
    public interface Listener {
        /** Something may have been written: read the journal by sequence number. */
        void wake();

        /** The server cannot be reached (said once, until it is back). */
        void away(StoreException why);

        /** The server is back (after {@link #away}); a {@link #wake} follows. */
        void back();
    }

    private final ServerStream stream;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection current;

    private OfficeFollower(ServerStream stream, Listener listener) {
        this.stream = stream;
        this.listener = listener;
        this.thread = Thread.ofPlatform().daemon().name("rotadesk-follow-" + stream.office().office())
                .unstarted(this::run);
    }

    static OfficeFollower start(ServerStream stream, Listener listener) {
        OfficeFollower f = new OfficeFollower(stream, listener);
        f.thread.start();
        return f;
    }

    private void run() {
        boolean away = false;
        while (!closed) {
            try (Connection c = stream.connectFollower()) {
                current = c;
                PGConnection pg = c.unwrap(PGConnection.class);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + stream.channel());
                }
                if (away) {
                    away = false;
                    LOG.info("{} is back", stream.office().describe());
                    listener.back();
                }
                // whatever happened while not listening is read by number, never assumed
                listener.wake();
                long beat = System.currentTimeMillis();
                long look = beat;
                while (!closed) {
                    PGNotification[] n = pg.getNotifications(WAIT_MILLIS);
                    long now = System.currentTimeMillis();
                    if (n != null && n.length > 0) {
                        look = now;
                        listener.wake();
                    } else if (now - look >= LOOK_MILLIS) {
                        look = now;
                        listener.wake();
                    }
                    if (now - beat >= HEARTBEAT_MILLIS) {
                        try (Statement s = c.createStatement()) {
                            s.execute("SELECT 1");
                        }
                        beat = now;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                if (!away) {
                    away = true;
                    StoreException why = stream.failure(e, "lost the connection that follows the office");
                    LOG.warn("{}: {}", stream.office().describe(), why.getMessage());
                    listener.away(why);
                }
                sleep();
            } finally {
                current = null;
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops following and closes the connection. */
    @Override
    public void close() {
        closed = true;
        Connection c = current;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
