package dev.respec.server.pubsub;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one client is subscribed to (server.h client's pubsub_channels, pubsub_patterns and
 * pubsubshard_channels), in subscription order: a mass UNSUBSCRIBE / PUNSUBSCRIBE / SUNSUBSCRIBE
 * answers in that order.
 *
 * <p>Invariant: a name is here exactly when {@link PubSub} lists this client under that name in
 * the matching server-wide table. Only {@link PubSub} changes these sets.
 */
public final class Subscriptions {
    final Set<ChannelName> channels = new LinkedHashSet<>();
    final Set<ChannelName> patterns = new LinkedHashSet<>();
    final Set<ChannelName> shardChannels = new LinkedHashSet<>();

    /** clientSubscriptionsCount: channels plus patterns (what SUBSCRIBE and PSUBSCRIBE report). */
    public int count() {
        return channels.size() + patterns.size();
    }

    /** clientShardSubscriptionsCount (what SSUBSCRIBE and SUNSUBSCRIBE report). */
    public int shardCount() {
        return shardChannels.size();
    }

    public int channelCount() {
        return channels.size();
    }

    public int patternCount() {
        return patterns.size();
    }

    /** clientTotalPubSubSubscriptionCount: non-zero exactly while the client is in Pub/Sub mode. */
    public int total() {
        return count() + shardCount();
    }
}
