package dev.respec.server.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.config.ServerConfig;
import org.junit.jupiter.api.Test;

/** A handler that throws (a server bug) costs its client an error reply, never the dataset or the server. */
class HandlerFailureTest {
    @Test
    void aThrowingHandlerRepliesAnErrorAndTheServerKeepsItsData() throws Exception {
        try (CommandHarness h = new CommandHarness(new ServerConfig())) {
            assertThat(h.run("SET kept 1")).isEqualTo("+OK\r\n");
            h.server.commands().bind("lpush", c -> {
                throw new IllegalStateException("simulated bug");
            });
            assertThat(h.run("LPUSH l x"))
                    .startsWith("-ERR internal error in 'lpush': IllegalStateException")
                    .endsWith("\r\n");
            assertThat(h.run("GET kept")).isEqualTo("$1\r\n1\r\n");
            assertThat(h.run("INFO commandstats")).contains("cmdstat_lpush:calls=1");
        }
    }
}
