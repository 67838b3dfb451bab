package dev.respec.server.pubsub;

import java.util.Arrays;

/**
 * A channel or pattern name as a hash key: binary-safe bytes compared by content. The bytes are
 * the command's argument, never changed after the name is created.
 */
final class ChannelName {
    final byte[] bytes;
    private final int hash;

    ChannelName(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelName n && n.hash == hash && Arrays.equals(n.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
