package dev.respec.server.config;

import java.util.List;

/**
 * One configuration parameter (config.c standardConfig): its name and aliases, how its value is
 * parsed and validated, its default, whether CONFIG SET may change it, and how a change is applied
 * to the running server. Values are kept in their canonical text form, which is what CONFIG GET
 * replies and CONFIG REWRITE writes.
 */
public final class ConfigParam {
    public static final int IMMUTABLE = 1;
    public static final int SENSITIVE = 1 << 1;
    public static final int HIDDEN = 1 << 2;
    public static final int PROTECTED = 1 << 3;
    public static final int DENY_LOADING = 1 << 4;
    /** Accepted and reported like Redis, but the reference server does not act on it. */
    public static final int NO_EFFECT = 1 << 5;

    /** Parses a candidate value into canonical form; throws {@link ConfigException} with Redis's text. */
    @FunctionalInterface
    public interface Parser {
        String parse(List<String> args) throws ConfigException;
    }

    /** Applies a canonical value to the server; may refuse it with a ConfigException. */
    @FunctionalInterface
    public interface Applier {
        void apply(String canonical) throws ConfigException;
    }

    /** Optional: the canonical value as the server currently sees it (after clamping, etc.). */
    @FunctionalInterface
    public interface Getter {
        String get();
    }

    public final String name;
    public final List<String> aliases;
    public final int flags;
    public final String defaultValue;
    /** Number of arguments the directive takes in a config file (-1 = one or more). */
    public final int fileArgs;
    final Parser parser;
    final Applier applier;
    final Getter getter;
    String value;

    ConfigParam(String name, List<String> aliases, int flags, String defaultValue, int fileArgs,
                Parser parser, Applier applier, Getter getter) {
        this.name = name;
        this.aliases = aliases;
        this.flags = flags;
        this.defaultValue = defaultValue;
        this.fileArgs = fileArgs;
        this.parser = parser;
        this.applier = applier;
        this.getter = getter;
        this.value = defaultValue;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public String value() {
        return getter != null ? getter.get() : value;
    }
}
