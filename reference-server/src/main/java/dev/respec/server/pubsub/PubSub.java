package dev.respec.server.pubsub;

import dev.respec.server.network.Client;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.Glob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pub/Sub (pubsub.c): the server-wide tables channel -> subscribers, pattern -> subscribers and
 * shard channel -> subscribers, subscribing and unsubscribing clients, and delivering PUBLISH /
 * SPUBLISH messages.
 *
 * <p>Invariants: a name is a key of a table only while at least one client is subscribed to it
 * (so PUBSUB CHANNELS and NUMPAT count live names only), and a client is listed under a name
 * exactly when its own {@link Subscriptions} holds that name. Subscribers are kept in subscription
 * order, which is the order messages are delivered in (Redis 7.0 keeps them in a list).
 *
 * <p>Every notification and message goes through the reply layer of the client it is for: as an
 * array in RESP2, a push in RESP3. A message for a client other than the one running the command
 * lands in that client's output buffer and is flushed in beforeSleep like any reply. Owned by
 * the event loop thread.
 */
public final class PubSub {
    /** The two flavours of channel: global (SUBSCRIBE / PUBLISH) and shard (SSUBSCRIBE / SPUBLISH). */
    public enum Kind {
        GLOBAL("subscribe", "unsubscribe", "message"),
        SHARD("ssubscribe", "sunsubscribe", "smessage");

        final byte[] subscribeWord;
        final byte[] unsubscribeWord;
        final byte[] messageWord;

        Kind(String subscribe, String unsubscribe, String message) {
            this.subscribeWord = Bytes.latin1(subscribe);
            this.unsubscribeWord = Bytes.latin1(unsubscribe);
            this.messageWord = Bytes.latin1(message);
        }
    }

    private static final byte[] PSUBSCRIBE = Bytes.latin1("psubscribe");
    private static final byte[] PUNSUBSCRIBE = Bytes.latin1("punsubscribe");
    private static final byte[] PMESSAGE = Bytes.latin1("pmessage");

    private final Map<ChannelName, Set<Client>> channels = new LinkedHashMap<>();
    private final Map<ChannelName, Set<Client>> patterns = new LinkedHashMap<>();
    private final Map<ChannelName, Set<Client>> shardChannels = new LinkedHashMap<>();

    private Map<ChannelName, Set<Client>> table(Kind kind) {
        return kind == Kind.GLOBAL ? channels : shardChannels;
    }

    private static Set<ChannelName> clientSet(Subscriptions s, Kind kind) {
        return kind == Kind.GLOBAL ? s.channels : s.shardChannels;
    }

    private static Subscriptions subscriptionsOf(Client c) {
        if (c.subscriptions == null) {
            c.subscriptions = new Subscriptions();
        }
        return c.subscriptions;
    }

    // ------------------------------------------------------------------ channels

    /** pubsubSubscribeChannel: subscribes (once) and always notifies. True if newly subscribed. */
    public boolean subscribe(Client c, byte[] channel, Kind kind) {
        Subscriptions s = subscriptionsOf(c);
        ChannelName name = new ChannelName(channel);
        boolean added = clientSet(s, kind).add(name);
        if (added) {
            table(kind).computeIfAbsent(name, n -> new LinkedHashSet<>()).add(c);
        }
        notify(c, kind.subscribeWord, channel, kind == Kind.GLOBAL ? s.count() : s.shardCount());
        return added;
    }

    /** pubsubUnsubscribeChannel: true if the client was subscribed to the channel. */
    public boolean unsubscribe(Client c, byte[] channel, Kind kind, boolean notify) {
        Subscriptions s = subscriptionsOf(c);
        ChannelName name = new ChannelName(channel);
        boolean removed = clientSet(s, kind).remove(name);
        if (removed) {
            removeSubscriber(table(kind), name, c);
        }
        if (notify) {
            notify(c, kind.unsubscribeWord, channel, kind == Kind.GLOBAL ? s.count() : s.shardCount());
        }
        return removed;
    }

    /**
     * pubsubUnsubscribeAllChannels: one notification per channel, or a single one with a null
     * channel when the client had none. Returns the number of channels left.
     */
    public int unsubscribeAll(Client c, Kind kind, boolean notify) {
        Subscriptions s = subscriptionsOf(c);
        List<ChannelName> names = new ArrayList<>(clientSet(s, kind));
        for (ChannelName n : names) {
            unsubscribe(c, n.bytes, kind, notify);
        }
        if (notify && names.isEmpty()) {
            notify(c, kind.unsubscribeWord, null, kind == Kind.GLOBAL ? s.count() : s.shardCount());
        }
        return names.size();
    }

    // ------------------------------------------------------------------ patterns

    /** pubsubSubscribePattern: subscribes (once) and always notifies. */
    public boolean psubscribe(Client c, byte[] pattern) {
        Subscriptions s = subscriptionsOf(c);
        ChannelName name = new ChannelName(pattern);
        boolean added = s.patterns.add(name);
        if (added) {
            patterns.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(c);
        }
        notify(c, PSUBSCRIBE, pattern, s.count());
        return added;
    }

    /** pubsubUnsubscribePattern: true if the client was subscribed to the pattern. */
    public boolean punsubscribe(Client c, byte[] pattern, boolean notify) {
        Subscriptions s = subscriptionsOf(c);
        ChannelName name = new ChannelName(pattern);
        boolean removed = s.patterns.remove(name);
        if (removed) {
            removeSubscriber(patterns, name, c);
        }
        if (notify) {
            notify(c, PUNSUBSCRIBE, pattern, s.count());
        }
        return removed;
    }

    /** pubsubUnsubscribeAllPatterns: as {@link #unsubscribeAll}, for patterns. */
    public int punsubscribeAll(Client c, boolean notify) {
        Subscriptions s = subscriptionsOf(c);
        List<ChannelName> names = new ArrayList<>(s.patterns);
        for (ChannelName n : names) {
            punsubscribe(c, n.bytes, notify);
        }
        if (notify && names.isEmpty()) {
            notify(c, PUNSUBSCRIBE, null, s.count());
        }
        return names.size();
    }

    /** A client goes away or RESETs: every subscription is dropped silently. */
    public void clientGone(Client c) {
        if (c.subscriptions == null) {
            return;
        }
        unsubscribeAll(c, Kind.GLOBAL, false);
        unsubscribeAll(c, Kind.SHARD, false);
        punsubscribeAll(c, false);
    }

    private static void removeSubscriber(Map<ChannelName, Set<Client>> table, ChannelName name, Client c) {
        Set<Client> subscribers = table.get(name);
        subscribers.remove(c);
        if (subscribers.isEmpty()) {
            table.remove(name); // a channel nobody listens to takes no memory and is not listed
        }
    }

    // ------------------------------------------------------------------ publishing

    /**
     * pubsubPublishMessage: delivers to the channel's subscribers, then (global channels only) to
     * the subscribers of every matching pattern. Returns the number of deliveries.
     */
    public int publish(byte[] channel, byte[] message, Kind kind) {
        int receivers = 0;
        Set<Client> subscribers = table(kind).get(new ChannelName(channel));
        if (subscribers != null) {
            for (Client c : subscribers) {
                c.addReplyPushLen(3);
                c.addReplyBulk(kind.messageWord);
                c.addReplyBulk(channel);
                c.addReplyBulk(message);
                receivers++;
            }
        }
        if (kind == Kind.SHARD) {
            return receivers; // shard channels ignore patterns
        }
        for (Map.Entry<ChannelName, Set<Client>> e : patterns.entrySet()) {
            byte[] pattern = e.getKey().bytes;
            if (!Glob.match(pattern, channel, false)) {
                continue;
            }
            for (Client c : e.getValue()) {
                c.addReplyPushLen(4);
                c.addReplyBulk(PMESSAGE);
                c.addReplyBulk(pattern);
                c.addReplyBulk(channel);
                c.addReplyBulk(message);
                receivers++;
            }
        }
        return receivers;
    }

    // ------------------------------------------------------------------ introspection

    /** channelList: the live channels matching the pattern (all of them for null). */
    public List<byte[]> channels(byte[] pattern, Kind kind) {
        List<byte[]> out = new ArrayList<>();
        for (ChannelName n : table(kind).keySet()) {
            if (pattern == null || Glob.match(pattern, n.bytes, false)) {
                out.add(n.bytes);
            }
        }
        return out;
    }

    /** The number of subscribers of a channel, pattern subscriptions not counted (PUBSUB NUMSUB). */
    public int numsub(byte[] channel, Kind kind) {
        Set<Client> subscribers = table(kind).get(new ChannelName(channel));
        return subscribers == null ? 0 : subscribers.size();
    }

    /** INFO's pubsub_channels. */
    public int channelCount() {
        return channels.size();
    }

    /** PUBSUB NUMPAT and INFO's pubsub_patterns: distinct patterns with a subscriber. */
    public int patternCount() {
        return patterns.size();
    }

    /** INFO's pubsubshard_channels. */
    public int shardChannelCount() {
        return shardChannels.size();
    }

    /** addReplyPubsub(Un)Subscribed and the pattern variants: [word, name or null, count]. */
    private static void notify(Client c, byte[] word, byte[] name, int count) {
        c.addReplyPushLen(3);
        c.addReplyBulk(word);
        if (name == null) {
            c.addReplyNull();
        } else {
            c.addReplyBulk(name);
        }
        c.addReplyLongLong(count);
    }
}
