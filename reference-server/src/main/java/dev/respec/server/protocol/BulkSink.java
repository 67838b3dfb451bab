package dev.respec.server.protocol;

/**
 * Where a type's elements go as bulk replies straight from their encoding (a listpack's bytes, a
 * quicklist node's), without an array per element: the reply layer implements it. Integers stored as
 * integers are written in decimal, as addReplyBulkLongLong does in Redis.
 */
public interface BulkSink {
    void addReplyBulk(byte[] b, int off, int len);

    void addReplyBulkLongLong(long v);
}
