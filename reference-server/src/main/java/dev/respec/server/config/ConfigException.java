package dev.respec.server.config;

/** A configuration value was refused; the message is Redis's reason text ("argument must be ..."). */
public final class ConfigException extends Exception {
    public ConfigException(String reason) {
        super(reason, null, false, false);
    }
}
