package dev.respec.bench.client;

/** A server to drive: a label for the report and where it listens ("ref=127.0.0.1:7601"). */
public record Target(String label, String host, int port) {
    public static Target parse(String spec) {
        int eq = spec.indexOf('=');
        int colon = spec.lastIndexOf(':');
        if (eq <= 0 || colon < eq) {
            throw new IllegalArgumentException("target must look like label=host:port, got " + spec);
        }
        return new Target(spec.substring(0, eq), spec.substring(eq + 1, colon),
                Integer.parseInt(spec.substring(colon + 1)));
    }
}
