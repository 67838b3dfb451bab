package dev.respec.suite.resp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The socket side of the raw client against a scripted fake server: split replies, timeouts, EOF. */
class RespConnectionTest {

    private ServerSocket listener;
    private Socket serverSide;

    private RespConnection connect() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        RespConnection c = RespConnection.open("127.0.0.1", listener.getLocalPort());
        serverSide = listener.accept();
        return c;
    }

    @AfterEach
    void close() throws IOException {
        if (serverSide != null) serverSide.close();
        if (listener != null) listener.close();
    }

    private void serverWritesSlowly(String bytes) {
        Thread t = new Thread(() -> {
            try {
                OutputStream out = serverSide.getOutputStream();
                for (byte b : bytes.getBytes(StandardCharsets.ISO_8859_1)) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(1);
                }
            } catch (IOException | InterruptedException ignored) {
                // The test decides what the outcome means.
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @Test
    void sendsAMultibulkAndReadsAReplyArrivingByteByByte() throws Exception {
        try (RespConnection c = connect()) {
            BlockingQueue<String> received = new ArrayBlockingQueue<>(1);
            Thread reader = new Thread(() -> {
                try {
                    InputStream in = serverSide.getInputStream();
                    byte[] buf = new byte[64];
                    int n = in.readNBytes(buf, 0, 20);
                    received.add(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                } catch (IOException ignored) {
                    // Reported through the empty queue.
                }
            });
            reader.start();
            c.send(java.util.List.of("GET".getBytes(), "k".getBytes()));
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo("*2\r\n$3\r\nGET\r\n$1\r\nk\r\n");
            serverWritesSlowly("*2\r\n$1\r\na\r\n:7\r\n+OK\r\n");
            assertThat(ReplyRenderer.oneLine(c.read())).isEqualTo("[\"a\", (integer) 7]");
            assertThat(ReplyRenderer.oneLine(c.read())).isEqualTo("OK");
        }
    }

    @Test
    void aTimeoutKeepsTheConnectionAndThePartialBytes() throws Exception {
        try (RespConnection c = connect()) {
            serverSide.getOutputStream().write("$5\r\nhel".getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> c.read(Duration.ofMillis(200))).isInstanceOf(ReplyTimeoutException.class);
            serverSide.getOutputStream().write("lo\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(ReplyRenderer.oneLine(c.read())).isEqualTo("\"hello\"");
        }
    }

    @Test
    void eofIsADistinctOutcome() throws Exception {
        try (RespConnection c = connect()) {
            serverSide.getOutputStream().write("-ERR Protocol error: invalid multibulk length\r\n".getBytes(StandardCharsets.US_ASCII));
            serverSide.close();
            assertThat(c.readBytes(47, Duration.ofSeconds(2)))
                    .asString(StandardCharsets.US_ASCII).isEqualTo("-ERR Protocol error: invalid multibulk length\r\n");
            assertThat(c.awaitClose(Duration.ofSeconds(2))).isEmpty();
            assertThat(c.serverClosed()).isTrue();
            assertThatThrownBy(c::read).isInstanceOf(ConnectionClosedException.class);
        }
    }

    @Test
    void awaitCloseTimesOutOnAnOpenConnection() throws Exception {
        try (RespConnection c = connect()) {
            assertThatThrownBy(() -> c.awaitClose(Duration.ofMillis(150))).isInstanceOf(ReplyTimeoutException.class);
        }
    }

    @Test
    void splitWritesArriveWhole() throws Exception {
        try (RespConnection c = connect()) {
            c.sendRaw("*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII), 3);
            byte[] got = serverSide.getInputStream().readNBytes(14);
            assertThat(new String(got, StandardCharsets.US_ASCII)).isEqualTo("*1\r\n$4\r\nPING\r\n");
        }
    }
}
