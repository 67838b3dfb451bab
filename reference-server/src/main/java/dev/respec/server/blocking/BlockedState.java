package dev.respec.server.blocking;

import dev.respec.server.keyspace.Database;
import dev.respec.server.network.Client;
import java.util.List;

/**
 * A blocked client's bpop state: what it waits for (block type), on which keys of which database,
 * until when, and the command to resume. Created by {@link Blocking#blockForKeys} and dropped when
 * the client is unblocked.
 *
 * <p>{@code deadline} is an absolute unix time in ms compared as an unsigned number, 0 meaning
 * forever: Redis 7.0 adds the timeout to the current time without an overflow check, and a sum that
 * wrapped negative reads as a huge unsigned value that never comes.
 */
public final class BlockedState {
    final Client client;
    final BlockType type;
    final Database db;
    final List<byte[]> keys;
    final long deadline;
    final BlockedCommand command;
    final long seq;

    BlockedState(Client client, BlockType type, Database db, List<byte[]> keys, long deadline, BlockedCommand command,
                 long seq) {
        this.client = client;
        this.type = type;
        this.db = db;
        this.keys = keys;
        this.deadline = deadline;
        this.command = command;
        this.seq = seq;
    }
}
