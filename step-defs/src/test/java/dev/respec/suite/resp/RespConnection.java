package dev.respec.suite.resp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A raw-socket RESP client that hides nothing: commands go out as multibulks of byte[] arguments (or as any
 * bytes a test wants, optionally cut into pieces), and replies come back with their exact RESP2/RESP3 type.
 *
 * <p>States: open → (server closed | client closed). Bytes read from the socket wait in one buffer until a
 * caller consumes them as a reply ({@link #read}), as raw bytes ({@link #readBytes}) or while waiting for the
 * close ({@link #awaitClose}); the three can be mixed on one connection. Every read has a deadline; a timeout
 * leaves the connection usable and the buffered bytes in place. Not thread-safe: one test thread owns it.
 */
public final class RespConnection implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** Pause between pieces of a split write, so that the server sees separate reads. */
    public static final Duration PIECE_PAUSE = Duration.ofMillis(5);

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String peer;
    private byte[] buf = new byte[16 * 1024];
    private int start;
    private int end;
    private boolean serverClosed;

    private RespConnection(Socket socket, String peer) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.peer = peer;
    }

    public static RespConnection open(String host, int port) throws IOException {
        return open(host, port, DEFAULT_TIMEOUT);
    }

    public static RespConnection open(String host, int port, Duration connectTimeout) throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            return new RespConnection(s, host + ":" + port);
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    public String peer() {
        return peer;
    }

    /** Sends one command and reads its reply (default timeout). Error replies are replies, not exceptions. */
    public Reply call(byte[]... args) throws IOException {
        send(List.of(args));
        return read();
    }

    public Reply call(String... args) throws IOException {
        return call(Arrays.stream(args).map(a -> a.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
    }

    /** Writes one command as a RESP multibulk: {@code *N\r\n$len\r\narg\r\n...}. */
    public void send(List<byte[]> args) throws IOException {
        sendRaw(encode(args));
    }

    public static byte[] encode(List<byte[]> args) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("*" + args.size() + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (byte[] a : args) {
            b.writeBytes(("$" + a.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            b.writeBytes(a);
            b.writeBytes(new byte[] {'\r', '\n'});
        }
        return b.toByteArray();
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Writes {@code bytes} in pieces of {@code pieceSize} bytes, flushing and pausing briefly between them. */
    public void sendRaw(byte[] bytes, int pieceSize) throws IOException {
        if (pieceSize <= 0) throw new IllegalArgumentException("piece size must be positive: " + pieceSize);
        for (int i = 0; i < bytes.length; i += pieceSize) {
            if (i > 0) pause(PIECE_PAUSE);
            out.write(bytes, i, Math.min(pieceSize, bytes.length - i));
            out.flush();
        }
    }

    public Reply read() throws IOException {
        return read(DEFAULT_TIMEOUT);
    }

    /**
     * Reads one whole reply.
     *
     * @throws ReplyTimeoutException    nothing whole arrived in time (the connection stays usable)
     * @throws ConnectionClosedException the server closed the connection first
     * @throws RespProtocolException    the bytes are not RESP
     */
    public Reply read(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            RespParser.Parsed p = RespParser.parse(buf, start, end - start);
            if (p != null) {
                start += p.consumed();
                return p.reply();
            }
            fill(deadline, "a whole reply within " + timeout.toMillis() + " ms");
        }
    }

    /** Reads exactly {@code n} bytes (buffered ones first). */
    public byte[] readBytes(int n, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (end - start < n) {
            fill(deadline, n + " bytes within " + timeout.toMillis() + " ms");
        }
        byte[] r = Arrays.copyOfRange(buf, start, start + n);
        start += n;
        return r;
    }

    /**
     * Waits for the server to close the connection, consuming whatever it sends first.
     *
     * @return the bytes received before the close (pending replies the scenario did not read)
     * @throws ReplyTimeoutException if the connection is still open at the deadline
     */
    public byte[] awaitClose(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) fill(deadline, "the server to close the connection within " + timeout.toMillis() + " ms");
        } catch (ConnectionClosedException closed) {
            byte[] r = Arrays.copyOfRange(buf, start, end);
            start = end;
            return r;
        }
    }

    public boolean serverClosed() {
        return serverClosed;
    }

    /** Bytes received and not consumed yet. */
    public byte[] pending() {
        return Arrays.copyOfRange(buf, start, end);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is best effort; the socket is unusable either way.
        }
    }

    private void fill(long deadline, String waitingFor) throws IOException {
        if (serverClosed) {
            throw new ConnectionClosedException("server " + peer + " closed the connection", pending());
        }
        long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
        if (remainingMs <= 0) {
            throw new ReplyTimeoutException("timed out waiting for " + waitingFor + " from " + peer, pending());
        }
        compactAndGrow();
        int n;
        try {
            socket.setSoTimeout((int) Math.max(1, remainingMs));
            n = in.read(buf, end, buf.length - end);
        } catch (SocketTimeoutException e) {
            throw new ReplyTimeoutException("timed out waiting for " + waitingFor + " from " + peer, pending());
        } catch (SocketException e) {
            // "Connection reset": the server went away; same outcome for a test as an orderly close.
            serverClosed = true;
            throw new ConnectionClosedException("server " + peer + " reset the connection", pending());
        }
        if (n < 0) {
            serverClosed = true;
            throw new ConnectionClosedException("server " + peer + " closed the connection", pending());
        }
        end += n;
    }

    private void compactAndGrow() {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
    }

    private static void pause(Duration d) throws IOException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted between pieces", e);
        }
    }
}
