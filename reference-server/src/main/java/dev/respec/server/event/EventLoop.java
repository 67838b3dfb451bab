package dev.respec.server.event;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * ae.c on java.nio: one thread owns a Selector (epoll on Linux) and runs, in a loop, beforeSleep,
 * a select bounded by the nearest time event, the ready file events (reads before writes for the
 * same channel), then the due time events (serverCron).
 *
 * <p>Threading: everything registered here runs on the loop thread, which owns every client and all
 * data. Other threads (fsync, snapshot writers, signal handlers) never touch that state: they hand
 * work over with {@link #submit}, which queues it and wakes the selector.
 */
public final class EventLoop {
    /** A file event handler, attached to a channel's SelectionKey. */
    public interface FileHandler {
        void onReady(SelectionKey key) throws IOException;
    }

    /** A time event; returns the delay in ms until it runs again, or {@link #NO_MORE}. */
    @FunctionalInterface
    public interface TimeHandler {
        long fire(long id);
    }

    public static final long NO_MORE = -1;

    private static final class TimeEvent {
        final long id;
        long when;
        final TimeHandler handler;
        boolean deleted;

        TimeEvent(long id, long when, TimeHandler handler) {
            this.id = id;
            this.when = when;
            this.handler = handler;
        }
    }

    private final Selector selector;
    private final List<TimeEvent> timeEvents = new ArrayList<>();
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private long nextTimeEventId;
    private volatile boolean stop;
    private Runnable beforeSleep = () -> { };
    private Runnable afterSleep = () -> { };
    private Thread thread;

    public EventLoop() throws IOException {
        selector = Selector.open();
    }

    public void setBeforeSleep(Runnable r) {
        beforeSleep = r;
    }

    public void setAfterSleep(Runnable r) {
        afterSleep = r;
    }

    public SelectionKey register(SelectableChannel ch, int ops, FileHandler handler) throws ClosedChannelException {
        return ch.register(selector, ops, handler);
    }

    public long createTimeEvent(long delayMs, TimeHandler handler) {
        long id = nextTimeEventId++;
        timeEvents.add(new TimeEvent(id, System.currentTimeMillis() + delayMs, handler));
        return id;
    }

    public void deleteTimeEvent(long id) {
        for (TimeEvent te : timeEvents) {
            if (te.id == id) {
                te.deleted = true;
            }
        }
    }

    /** Runs r on the loop thread soon. Safe from any thread. */
    public void submit(Runnable r) {
        tasks.add(r);
        selector.wakeup();
    }

    public boolean inLoopThread() {
        return Thread.currentThread() == thread;
    }

    /**
     * Completes the closing of channels closed since the last select: Java keeps a closed channel's
     * socket open until the selector drops its key, so a port cannot be bound again before this.
     * Loop thread only; ready keys it finds are handled in the next iteration.
     */
    public void flushClosedChannels() {
        try {
            selector.selectNow();
        } catch (IOException e) {
            throw new IllegalStateException("select failed", e);
        }
    }

    public void stop() {
        stop = true;
        selector.wakeup();
    }

    /** aeMain: runs until {@link #stop}. */
    public void run() {
        thread = Thread.currentThread();
        while (!stop) {
            processEvents();
        }
    }

    private void processEvents() {
        beforeSleep.run();
        long timeout = tasks.isEmpty() ? nearestTimeout() : 0;
        int ready;
        try {
            // not the action form of select: a handler may need selectNow (flushClosedChannels) while
            // we dispatch, and the JDK refuses a select nested in another
            ready = timeout == 0 ? selector.selectNow() : selector.select(timeout);
        } catch (IOException e) {
            throw new IllegalStateException("select failed", e);
        }
        afterSleep.run();
        if (ready > 0) {
            // a copy, so that a handler may flush cancelled keys (selectNow) while we dispatch
            SelectionKey[] keys = selector.selectedKeys().toArray(new SelectionKey[0]);
            selector.selectedKeys().clear();
            for (SelectionKey key : keys) {
                if (!key.isValid()) {
                    continue;
                }
                try {
                    ((FileHandler) key.attachment()).onReady(key);
                } catch (IOException | java.nio.channels.CancelledKeyException e) {
                    key.cancel();
                }
            }
        }
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
        processTimeEvents();
    }

    private long nearestTimeout() {
        long now = System.currentTimeMillis();
        long nearest = Long.MAX_VALUE;
        for (TimeEvent te : timeEvents) {
            if (!te.deleted && te.when < nearest) {
                nearest = te.when;
            }
        }
        if (nearest == Long.MAX_VALUE) {
            return 1000;
        }
        long wait = nearest - now;
        return wait <= 0 ? 0 : wait;
    }

    private void processTimeEvents() {
        long now = System.currentTimeMillis();
        boolean anyDeleted = false;
        // events that handlers create now are appended and wait for the next iteration
        int n = timeEvents.size();
        for (int i = 0; i < n; i++) {
            TimeEvent te = timeEvents.get(i);
            if (te.deleted || te.when > now) {
                anyDeleted |= te.deleted;
                continue;
            }
            long next = te.handler.fire(te.id);
            if (next == NO_MORE) {
                te.deleted = true;
                anyDeleted = true;
            } else {
                te.when = System.currentTimeMillis() + next;
            }
        }
        if (anyDeleted) {
            timeEvents.removeIf(te -> te.deleted);
        }
    }

    public void close() throws IOException {
        selector.close();
    }
}
