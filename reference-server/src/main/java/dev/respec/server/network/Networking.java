package dev.respec.server.network;

import dev.respec.server.Server;
import dev.respec.server.event.EventLoop;
import dev.respec.server.protocol.RequestParser;
import dev.respec.server.util.Log;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * networking.c: listening sockets, accepting clients, reading queries into the query buffer and
 * running the commands they hold, and writing replies back.
 *
 * <p>Replies are not written from inside a command: a client with output is queued and the whole
 * queue is flushed in beforeSleep ({@link #handleClientsWithPendingWrites}), which batches the
 * replies of a pipeline into one write. Only when the socket cannot take everything does the client
 * get a writable-event handler. All methods run on the event loop thread.
 */
public final class Networking {
    private static final int READ_CHUNK = 16 * 1024;

    private final Server server;
    private final EventLoop loop;
    private final List<ServerSocketChannel> listeners = new ArrayList<>();
    private final Map<Long, Client> clients = new LinkedHashMap<>();
    private final ArrayDeque<Client> closeAsapQueue = new ArrayDeque<>();
    private final List<Client> pendingWrites = new ArrayList<>();
    private final List<Client> unblocked = new ArrayList<>();
    private long nextClientId = 1;
    private int boundPort;

    public Networking(Server server, EventLoop loop) {
        this.server = server;
        this.loop = loop;
    }

    /**
     * Binds every address of {@code bind} on the port ("-" marks an address that may fail); fails
     * like Redis when a mandatory one cannot be bound, leaving none of the new sockets open.
     */
    public void listen(List<String> bindAddresses, int port) throws IOException {
        int before = listeners.size();
        try {
            listenAll(bindAddresses, port);
        } catch (IOException e) {
            while (listeners.size() > before) {
                listeners.remove(listeners.size() - 1).close();
            }
            loop.flushClosedChannels();
            throw e;
        }
    }

    private void listenAll(List<String> bindAddresses, int port) throws IOException {
        for (String addr : bindAddresses) {
            boolean optional = addr.startsWith("-");
            String host = optional ? addr.substring(1) : addr;
            ServerSocketChannel ch = ServerSocketChannel.open();
            try {
                ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                String address = host.equals("*") ? "0.0.0.0" : host.equals("::*") ? "::" : host;
                ch.bind(new InetSocketAddress(address, port), server.config().tcpBacklog);
            } catch (IOException | java.nio.channels.UnresolvedAddressException e) {
                ch.close();
                if (optional) {
                    continue;
                }
                Log.warning("Warning: Could not create server TCP listening socket " + host + ":" + port + ": bind: "
                        + (e.getMessage() == null ? "Cannot assign requested address" : e.getMessage()));
                throw new IOException("Failed listening on port " + port + " (TCP), aborting.", e);
            }
            ch.configureBlocking(false);
            loop.register(ch, SelectionKey.OP_ACCEPT, key -> accept(ch));
            listeners.add(ch);
            boundPort = ((InetSocketAddress) ch.getLocalAddress()).getPort();
        }
    }

    public int port() {
        return boundPort;
    }

    public Map<Long, Client> clients() {
        return clients;
    }

    /** Closes the listening sockets, for good: the ports are free when this returns. */
    public void closeListeners() {
        for (ServerSocketChannel ch : listeners) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // shutting down
            }
        }
        listeners.clear();
        loop.flushClosedChannels();
    }

    private void accept(ServerSocketChannel listener) throws IOException {
        // accept a bounded batch per event, as acceptTcpHandler does (MAX_ACCEPTS_PER_CALL)
        for (int i = 0; i < 1000; i++) {
            SocketChannel ch = listener.accept();
            if (ch == null) {
                return;
            }
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            ch.setOption(StandardSocketOptions.SO_KEEPALIVE, server.config().tcpKeepalive > 0);
            InetSocketAddress remote = (InetSocketAddress) ch.getRemoteAddress();
            InetSocketAddress localAddr = (InetSocketAddress) ch.getLocalAddress();
            server.stats().totalConnectionsReceived++;
            if (clients.size() >= server.config().maxClients) {
                // acceptCommonHandler: tell the client why, then drop it
                ch.write(ByteBuffer.wrap("-ERR max number of clients reached\r\n".getBytes()));
                ch.close();
                server.stats().rejectedConnections++;
                continue;
            }
            Client c = new Client(nextClientId++, server, ch, format(remote), format(localAddr),
                    remote.getAddress().isLoopbackAddress());
            c.key = loop.register(ch, SelectionKey.OP_READ, key -> onClientEvent(c, key));
            clients.put(c.id, c);
            Log.verbose("Accepted " + c.addr);
        }
    }

    private static String format(InetSocketAddress a) {
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = host.replaceAll("%.*$", "");
        }
        return host + ":" + a.getPort();
    }

    private void onClientEvent(Client c, SelectionKey key) throws IOException {
        try {
            if (key.isValid() && key.isReadable()) {
                readQueryFromClient(c);
            }
            if (!c.closed && key.isValid() && key.isWritable()) {
                writeToClient(c, true);
            }
        } catch (RuntimeException e) {
            // a bug outside any command (parsing, writing): this connection goes, the server stays
            Log.warning("=== REFERENCE SERVER BUG while serving client " + c.id + ": " + e);
            freeClient(c);
        }
    }

    /** readQueryFromClient: read what the socket has, enforce the query buffer limit, run commands. */
    private void readQueryFromClient(Client c) throws IOException {
        if (c.closeAfterReply || c.closeAsap) {
            return;
        }
        server.stats().totalReadsProcessed++;
        int want = READ_CHUNK;
        long bulkWanted = c.parser.bulkBytesWanted(c.qbuf);
        if (bulkWanted > want) {
            want = (int) Math.min(bulkWanted, 1024 * 1024); // a big argument: read it in large steps
        }
        c.qbuf.reserve(want);
        int n;
        try {
            n = c.channel.read(c.readView());
        } catch (IOException e) {
            Log.verbose("Reading from client: " + e.getMessage());
            freeClient(c);
            return;
        }
        if (n < 0) {
            Log.verbose("Client closed connection " + c.addr);
            freeClient(c);
            return;
        }
        if (n == 0) {
            return;
        }
        c.qbuf.end += n;
        c.lastInteractionMs = server.mstime();
        server.stats().netInputBytes += n;
        if (c.qbuf.pending() + c.parser.pendingArgBytes() > server.config().clientQueryBufferLimit) {
            Log.warning("Closing client that reached max query buffer length: " + ClientInfo.describe(c)
                    + " (qbuf initial bytes: " + ClientInfo.repr(c.qbuf.data, c.qbuf.pos,
                    Math.min(64, c.qbuf.pending())) + ")");
            freeClient(c);
            return;
        }
        processInputBuffer(c);
    }

    /** processInputBuffer: run every complete command in the query buffer. */
    public void processInputBuffer(Client c) {
        while (!c.closed && !c.blocked && !c.closeAfterReply && !c.closeAsap && !server.isExiting()) {
            RequestParser.Result r = c.parser.next(c.qbuf, server.config().protoMaxBulkLen, c.authRequired());
            if (r == RequestParser.Result.NEED_MORE) {
                break;
            }
            if (r == RequestParser.Result.ERROR) {
                Log.verbose("Protocol error (" + c.parser.error() + ") from client: " + ClientInfo.describe(c));
                c.addReplyError(c.parser.error());
                c.closeAfterReply = true;
                break;
            }
            c.argv = c.parser.argv();
            server.processor().processCommand(c);
            if (!c.blocked) {
                server.processor().resetClient(c);
            }
            c.argv = null;
        }
        if (!c.parser.inRequest()) {
            c.qbuf.compact();
        }
    }

    /** Queues a client for the beforeSleep flush; called by the reply layer on the first reply. */
    void queueWrite(Client c) {
        if (c.channel == null || c.closed) {
            return;
        }
        c.pendingWrite = true;
        pendingWrites.add(c);
    }

    /** handleClientsWithPendingWrites: write each queued client's replies, install a handler if needed. */
    public void handleClientsWithPendingWrites() {
        if (pendingWrites.isEmpty()) {
            return;
        }
        for (int i = 0; i < pendingWrites.size(); i++) {
            Client c = pendingWrites.get(i);
            c.pendingWrite = false;
            if (c.closed || c.closeAsap) {
                continue; // a client closed asynchronously is dropped without a flush
            }
            writeToClient(c, false);
        }
        pendingWrites.clear();
    }

    private void writeToClient(Client c, boolean fromHandler) {
        if (c.closeAsap) {
            return;
        }
        server.stats().totalWritesProcessed++;
        try {
            while (c.pendingReplyBytes() > 0) {
                int n = c.channel.write(c.writeView());
                if (n <= 0) {
                    break;
                }
                server.stats().netOutputBytes += n;
                c.consumed(n);
            }
        } catch (IOException e) {
            Log.verbose("Error writing to client: " + e.getMessage());
            freeClient(c);
            return;
        }
        if (c.pendingReplyBytes() > 0) {
            if ((c.key.interestOps() & SelectionKey.OP_WRITE) == 0) {
                c.key.interestOps(c.key.interestOps() | SelectionKey.OP_WRITE);
            }
            return;
        }
        if (fromHandler || (c.key.interestOps() & SelectionKey.OP_WRITE) != 0) {
            c.key.interestOps(c.key.interestOps() & ~SelectionKey.OP_WRITE);
        }
        if (c.closeAfterReply) {
            freeClient(c);
        }
    }

    /** Marks a client unblocked so its pending queries run in the next beforeSleep. */
    public void queueUnblocked(Client c) {
        unblocked.add(c);
    }

    /** processUnblockedClients: resume clients whose blocking command was served. */
    public void processUnblockedClients() {
        while (!unblocked.isEmpty()) {
            Client c = unblocked.remove(0);
            if (!c.closed && !c.blocked) {
                processInputBuffer(c);
            }
        }
    }

    /**
     * freeClientAsync: the client is dropped, without flushing, in the next beforeSleep. The queue
     * keeps that step proportional to the clients closing, not to all connected ones.
     */
    public void closeAsap(Client c) {
        if (!c.closeAsap && !c.closed) {
            c.closeAsap = true;
            closeAsapQueue.add(c);
        }
    }

    /** freeClientsInAsyncFreeQueue: drops the clients queued by {@link #closeAsap}. */
    public void freeClientsMarkedAsap() {
        Client c;
        while ((c = closeAsapQueue.poll()) != null) {
            freeClient(c);
        }
    }

    public void freeClient(Client c) {
        if (c.closed) {
            return;
        }
        c.closed = true;
        server.onClientClosed(c);
        clients.remove(c.id);
        if (c.key != null) {
            c.key.cancel();
        }
        try {
            c.channel.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
