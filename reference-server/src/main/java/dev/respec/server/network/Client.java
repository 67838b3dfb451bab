package dev.respec.server.network;

import dev.respec.server.Server;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.blocking.BlockedState;
import dev.respec.server.command.CommandSpec;
import dev.respec.server.keyspace.Database;
import dev.respec.server.multi.MultiState;
import dev.respec.server.multi.Transactions;
import dev.respec.server.protocol.QueryBuffer;
import dev.respec.server.pubsub.Subscriptions;
import dev.respec.server.protocol.ReplyWriter;
import dev.respec.server.protocol.RequestParser;
import dev.respec.server.util.Log;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A client connection (server.h struct client): its socket, query buffer and parser state, the
 * command being executed, its selected database, its name and RESP version, and its output buffer
 * (inherited from the reply layer).
 *
 * <p>Connection states: open and reading; {@link #closeAfterReply} (QUIT, protocol error: stop
 * reading, flush what is queued, then close); {@link #closeAsap} (drop without flushing, e.g. the
 * query buffer limit); closed. A blocked client (BLPOP and friends) stops consuming its query buffer
 * until it is served or times out. Owned by the event loop thread.
 */
public class Client extends ReplyWriter {
    public final long id;
    public final Server server;
    public final SocketChannel channel;
    public SelectionKey key;
    public final String addr;
    public final String laddr;
    public final boolean local;

    public final QueryBuffer qbuf = new QueryBuffer();
    public final RequestParser parser = new RequestParser();

    public byte[][] argv;
    public CommandSpec cmd;
    public CommandSpec lastCmd;
    public Database db;
    public byte[] name;
    public final long createdMs;
    public long lastInteractionMs;
    /** Authenticated as the default user: at once when it has no password (requirepass unset). */
    public boolean authenticated;
    public String user = "default";

    public boolean closeAfterReply;
    /** Set only through Networking.closeAsap, which also queues the client for freeing. */
    public boolean closeAsap;
    /** When (unix seconds) the output went past its soft limit, 0 when it is under it. */
    private long softLimitReachedAt;
    public boolean closed;
    public boolean blocked;
    /** What the client is blocked on (bpop), while {@link #blocked} is set by blocking/Blocking. */
    public BlockedState bstate;
    /**
     * CLIENT_DENY_BLOCKING: set while the client's commands run inside EXEC or a script, where a
     * blocking command must not block and replies as if it timed out.
     */
    public boolean denyBlocking;
    /** The MULTI queue while the client is in a transaction, else null (multi/Transactions). */
    public MultiState mstate;
    /** Keys this client WATCHes, and whether one of them was touched since (CLIENT_DIRTY_CAS). */
    public final List<Transactions.WatchedKey> watchedKeys = new ArrayList<>();
    public boolean dirtyCas;
    /** Channels, patterns and shard channels this client listens to (null until its first (P|S)SUBSCRIBE). */
    public Subscriptions subscriptions;
    /** Queued in the server's list of clients with replies to flush. */
    public boolean pendingWrite;
    /**
     * CLIENT REPLY state, as Redis's three flags: OFF drops every reply; SKIP_NEXT is set by
     * CLIENT REPLY SKIP and becomes SKIP once that command is done (see
     * CommandProcessor#resetClient), and SKIP drops the replies of the one command that follows.
     */
    public boolean replyOff;
    public boolean replySkipNext;
    public boolean replySkip;

    /** Socket-facing views of the query and output buffers, rebuilt only when a buffer is replaced. */
    private ByteBuffer inView;
    private ByteBuffer outView;

    /** Error replies sent while the current command ran (for commandstats' failed_calls). */
    public int errorRepliesThisCommand;

    public Client(long id, Server server, SocketChannel channel, String addr, String laddr, boolean local) {
        this.id = id;
        this.server = server;
        this.channel = channel;
        this.addr = addr;
        this.laddr = laddr;
        this.local = local;
        this.createdMs = System.currentTimeMillis();
        this.lastInteractionMs = createdMs;
        this.db = server.db(0);
        this.authenticated = server.config().requirepass.isEmpty();
    }

    /**
     * CLIENT_PUBSUB: the client has a subscription. A RESP2 client may then only run
     * (P|S)SUBSCRIBE, (P|S)UNSUBSCRIBE, PING, QUIT and RESET.
     */
    public boolean inPubSubMode() {
        return subscriptions != null && subscriptions.total() > 0;
    }

    /** authRequired: the server wants a password and this client has not given it yet. */
    public boolean authRequired() {
        return !authenticated && !server.config().requirepass.isEmpty();
    }

    @Override
    protected boolean acceptsReplies() {
        if (closeAsap) {
            return false; // going away without a flush: nothing more is queued (_addReplyToBufferOrList)
        }
        if (!replyOff && !replySkip) {
            if (!pendingWrite && !closed) {
                server.networking().queueWrite(this);
            }
            return true;
        }
        return false;
    }

    /**
     * The output this client holds beyond {@link #REPLY_CHUNK_BYTES}: what Redis's reply list holds
     * (CLIENT LIST omem) and what client-output-buffer-limit limits.
     */
    public long replyListBytes() {
        return Math.max(0, pendingReplyBytes() - REPLY_CHUNK_BYTES);
    }

    /**
     * checkClientOutputBufferLimits + closeClientOnOutputBufferLimitReached: past the hard limit of
     * the client's class, or past the soft limit for longer than its seconds, the client is closed
     * without a flush (a subscriber that stopped reading cannot make the server hold its messages).
     */
    @Override
    protected void replyListGrows(long pendingAfter) {
        closeIfOverOutputLimits(pendingAfter - REPLY_CHUNK_BYTES);
    }

    /** The same check from clientsCron, for output that stopped growing but is not being read. */
    public void checkOutputBufferLimits() {
        long used = replyListBytes();
        if (used > 0) {
            closeIfOverOutputLimits(used);
        }
    }

    private void closeIfOverOutputLimits(long used) {
        if (closeAsap || closed) {
            return;
        }
        long[] limit = server.config().obufLimits[inPubSubMode() ? ServerConfig.OBUF_PUBSUB : ServerConfig.OBUF_NORMAL];
        boolean hard = limit[0] > 0 && used >= limit[0];
        boolean soft = limit[1] > 0 && used >= limit[1];
        if (soft) {
            long now = server.mstime() / 1000;
            if (softLimitReachedAt == 0) {
                softLimitReachedAt = now;
                soft = false; // the timer starts now
            } else if (now - softLimitReachedAt <= limit[2]) {
                soft = false;
            }
        } else {
            softLimitReachedAt = 0;
        }
        if (hard || soft) {
            Log.warning("Client " + ClientInfo.describe(this)
                    + " scheduled to be closed ASAP for overcoming of output buffer limits.");
            server.networking().closeAsap(this);
        }
    }

    @Override
    protected void onErrorReply(String line) {
        errorRepliesThisCommand++;
        server.stats().countError(line);
    }

    /** The bytes waiting in the output buffer: [osent, olen). */
    public byte[] outputBuffer() {
        return obuf;
    }

    public int outputStart() {
        return osent;
    }

    public int outputEnd() {
        return olen;
    }

    /** Records that n bytes were written to the socket. */
    public void consumed(int n) {
        osent += n;
        if (osent == olen) {
            osent = 0;
            olen = 0;
            if (obuf.length > 1024 * 1024) {
                obuf = new byte[16 * 1024]; // give back a large buffer once it drained
            }
        }
    }

    /** The free tail of the query buffer, [end, capacity), for one socket read. */
    ByteBuffer readView() {
        byte[] data = qbuf.data;
        if (inView == null || inView.array() != data) {
            inView = ByteBuffer.wrap(data);
        }
        inView.limit(data.length).position(qbuf.end);
        return inView;
    }

    /** The queued replies, [osent, olen), for one socket write. */
    ByteBuffer writeView() {
        if (outView == null || outView.array() != obuf) {
            outView = ByteBuffer.wrap(obuf);
        }
        outView.limit(olen).position(osent);
        return outView;
    }

    public int outputBufferCapacity() {
        return obuf.length;
    }

    public String nameString() {
        return name == null ? "" : new String(name, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Syntactic sugar for handlers: argument i. */
    public byte[] arg(int i) {
        return argv[i];
    }

    public int argc() {
        return argv.length;
    }
}
