package dev.respec.server.config;

import java.util.List;

/**
 * A parameter type (config.c's typeInterface): how arguments become a canonical value, and how a
 * value is written back by CONFIG REWRITE. Parsing has no side effects, so that a multi-parameter
 * CONFIG SET can validate everything before it changes anything.
 */
public interface ConfigType {
    /**
     * Parses the arguments into the canonical value, or refuses them with Redis's reason text.
     *
     * @param current the current canonical value (client-output-buffer-limit only changes the
     *     classes it names)
     * @param continuing true for a second or later line of the same parameter while a config file
     *     is loaded (several {@code save} lines add up)
     */
    String parse(List<String> args, String current, boolean continuing) throws ConfigException;

    /** rewriteConfig*Option: the line(s) for this parameter, forced when not at the default. */
    default void rewrite(ConfigParam p, ConfigRewrite.State state) {
        state.rewriteLine(p.name, p.name + " " + p.value, !p.value.equals(p.defaultValue));
    }
}
