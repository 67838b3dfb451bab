package dev.respec.server.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.Server;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.network.Client;
import dev.respec.server.pubsub.PubSub.Kind;
import dev.respec.server.util.Bytes;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The channel and pattern bookkeeping of {@link PubSub}: the server-wide tables and each client's
 * {@link Subscriptions} stay mirror images, names without subscribers disappear, and deliveries
 * reach exactly the subscribers, in the RESP2 shapes Redis 7.0.15 writes.
 */
class PubSubTest {
    private Server server;
    private PubSub pubsub;
    private long nextId = 1;

    @BeforeEach
    void setUp() throws IOException {
        ServerConfig config = new ServerConfig();
        config.bind = List.of();
        server = new Server(config);
        server.start();
        pubsub = server.pubsub();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.loop().close();
    }

    private Client client() {
        return new Client(nextId++, server, null, "127.0.0.1:1", "127.0.0.1:2", true);
    }

    /** The protocol bytes queued for the client, consumed. */
    private static String drain(Client c) {
        int n = c.outputEnd() - c.outputStart();
        String out = Bytes.str(c.outputBuffer(), c.outputStart(), n);
        c.consumed(n);
        return out;
    }

    private static byte[] b(String s) {
        return Bytes.latin1(s);
    }

    @Test
    void aSecondSubscriptionToTheSameChannelIsNotCountedAgain() {
        Client c = client();
        assertThat(pubsub.subscribe(c, b("news"), Kind.GLOBAL)).isTrue();
        assertThat(pubsub.subscribe(c, b("news"), Kind.GLOBAL)).isFalse();
        assertThat(pubsub.numsub(b("news"), Kind.GLOBAL)).isEqualTo(1);
        assertThat(c.subscriptions.count()).isEqualTo(1);
        assertThat(drain(c)).isEqualTo("*3\r\n$9\r\nsubscribe\r\n$4\r\nnews\r\n:1\r\n"
                + "*3\r\n$9\r\nsubscribe\r\n$4\r\nnews\r\n:1\r\n");
    }

    @Test
    void aChannelDisappearsWithItsLastSubscriber() {
        Client a = client();
        Client b = client();
        pubsub.subscribe(a, b("news"), Kind.GLOBAL);
        pubsub.subscribe(b, b("news"), Kind.GLOBAL);
        pubsub.unsubscribe(a, b("news"), Kind.GLOBAL, false);
        assertThat(pubsub.channelCount()).isEqualTo(1);
        assertThat(pubsub.numsub(b("news"), Kind.GLOBAL)).isEqualTo(1);
        pubsub.unsubscribe(b, b("news"), Kind.GLOBAL, false);
        assertThat(pubsub.channelCount()).isZero();
        assertThat(pubsub.channels(null, Kind.GLOBAL)).isEmpty();
    }

    @Test
    void patternsAreCountedOnceHoweverManyClientsShareThem() {
        Client a = client();
        Client b = client();
        pubsub.psubscribe(a, b("n*"));
        pubsub.psubscribe(b, b("n*"));
        pubsub.psubscribe(b, b("s*"));
        assertThat(pubsub.patternCount()).isEqualTo(2);
        pubsub.clientGone(b);
        assertThat(pubsub.patternCount()).isEqualTo(1);
        assertThat(b.subscriptions.total()).isZero();
        assertThat(b.inPubSubMode()).isFalse();
        assertThat(a.inPubSubMode()).isTrue();
    }

    @Test
    void publishCountsChannelThenPatternDeliveries() {
        Client sub = client();
        pubsub.subscribe(sub, b("news"), Kind.GLOBAL);
        pubsub.psubscribe(sub, b("n?ws"));
        pubsub.psubscribe(sub, b("x*"));
        drain(sub);
        assertThat(pubsub.publish(b("news"), b("hi"), Kind.GLOBAL)).isEqualTo(2);
        assertThat(drain(sub)).isEqualTo("*3\r\n$7\r\nmessage\r\n$4\r\nnews\r\n$2\r\nhi\r\n"
                + "*4\r\n$8\r\npmessage\r\n$4\r\nn?ws\r\n$4\r\nnews\r\n$2\r\nhi\r\n");
    }

    @Test
    void shardChannelsAreApartFromChannelsAndPatterns() {
        Client sub = client();
        pubsub.subscribe(sub, b("news"), Kind.SHARD);
        pubsub.psubscribe(sub, b("*"));
        drain(sub);
        assertThat(sub.subscriptions.shardCount()).isEqualTo(1);
        assertThat(sub.subscriptions.count()).isEqualTo(1);
        assertThat(pubsub.publish(b("news"), b("hi"), Kind.GLOBAL)).isEqualTo(1); // the pattern only
        drain(sub);
        assertThat(pubsub.publish(b("news"), b("hi"), Kind.SHARD)).isEqualTo(1); // the shard channel only
        assertThat(drain(sub)).isEqualTo("*3\r\n$8\r\nsmessage\r\n$4\r\nnews\r\n$2\r\nhi\r\n");
        assertThat(pubsub.shardChannelCount()).isEqualTo(1);
        assertThat(pubsub.channelCount()).isZero();
    }

    @Test
    void unsubscribingFromNothingStillAnswersWithANullName() {
        Client c = client();
        assertThat(pubsub.unsubscribeAll(c, Kind.GLOBAL, true)).isZero();
        assertThat(pubsub.punsubscribeAll(c, true)).isZero();
        assertThat(drain(c)).isEqualTo("*3\r\n$11\r\nunsubscribe\r\n$-1\r\n:0\r\n"
                + "*3\r\n$12\r\npunsubscribe\r\n$-1\r\n:0\r\n");
    }

    @Test
    void massUnsubscribeLeavesInSubscriptionOrderWithDecreasingCounts() {
        Client c = client();
        pubsub.psubscribe(c, b("a*"));
        pubsub.psubscribe(c, b("b*"));
        drain(c);
        assertThat(pubsub.punsubscribeAll(c, true)).isEqualTo(2);
        assertThat(drain(c)).isEqualTo("*3\r\n$12\r\npunsubscribe\r\n$2\r\na*\r\n:1\r\n"
                + "*3\r\n$12\r\npunsubscribe\r\n$2\r\nb*\r\n:0\r\n");
        assertThat(pubsub.patternCount()).isZero();
    }

    @Test
    void channelsAreListedByGlobPattern() {
        Client c = client();
        pubsub.subscribe(c, b("news.tech"), Kind.GLOBAL);
        pubsub.subscribe(c, b("news.art"), Kind.GLOBAL);
        pubsub.subscribe(c, b("sport"), Kind.GLOBAL);
        assertThat(pubsub.channels(b("news.*"), Kind.GLOBAL)).extracting(Bytes::str)
                .containsExactlyInAnyOrder("news.tech", "news.art");
    }
}
