package dev.respec.server.config;

import java.util.List;

/**
 * One configuration parameter (config.c standardConfig): its name and optional alias, its type
 * (which parses, validates, prints and rewrites values the way Redis's type does), its flags, its
 * default, and how a change is applied to the running server.
 *
 * <p>Values are kept in their canonical text form: exactly what CONFIG GET replies (memory values
 * in bytes, percentages as "10%", enum names in lower case ...). Two values are the same setting
 * exactly when their canonical texts are equal, which is how "no change" is detected and how
 * CONFIG REWRITE decides whether a line differs from the default.
 */
public final class ConfigParam {
    /** CONFIG SET refuses it ("can't set immutable config"); only the file and options set it. */
    public static final int IMMUTABLE = 1;
    /** Its value is a secret (requirepass, masterauth ...); kept out of logs and the slowlog. */
    public static final int SENSITIVE = 1 << 1;
    /** Not matched by CONFIG GET patterns; an exact name still gets it (test-only parameters). */
    public static final int HIDDEN = 1 << 2;
    /** CONFIG SET refuses it unless enable-protected-configs allows the client (dir, dbfilename). */
    public static final int PROTECTED = 1 << 3;
    /** CONFIG SET refuses it with -LOADING while a dataset is being loaded. */
    public static final int DENY_LOADING = 1 << 4;
    /** Accepted and reported like Redis, but the reference server does not act on it. */
    public static final int NO_EFFECT = 1 << 5;
    /**
     * Takes several arguments: any number of words on a config line (a single quoted argument is
     * split at spaces), and a CONFIG SET value split at every single space.
     */
    public static final int MULTI_ARG = 1 << 6;

    /** Applies a canonical value to the server; may refuse it with a ConfigException. */
    @FunctionalInterface
    public interface Applier {
        void apply(String canonical) throws ConfigException;
    }

    public final String name;
    /** The other accepted name (slaveof for replicaof ...), or null. */
    public final String alias;
    public final int flags;
    public final ConfigType type;
    /** The canonical default (CONFIG REWRITE leaves out lines equal to it). */
    public final String defaultValue;
    Applier applier;
    String value;

    ConfigParam(String name, String alias, int flags, ConfigType type, String defaultValue, Applier applier) {
        this.name = name;
        this.alias = alias;
        this.flags = flags;
        this.type = type;
        this.defaultValue = defaultValue;
        this.applier = applier;
        this.value = defaultValue;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** The canonical value, as CONFIG GET replies it. */
    public String value() {
        return value;
    }

    /** The value of a numeric parameter (unsigned ones above Long.MAX_VALUE come back negative). */
    public long longValue() {
        return ConfigTypes.numericValue(this);
    }

    /** The names CONFIG SET and the config file accept for this parameter. */
    public List<String> names() {
        return alias == null ? List.of(name) : List.of(name, alias);
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
