package dev.respec.suite.target;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A server someone else runs at {@code HOST:PORT}. The suite only connects to it: capabilities and version
 * are probed once, and restart, kill, files and launching further instances are out of reach (give a launch
 * template, {@code respec.launch}, to make the suite run the server itself instead).
 */
public final class ExternalTarget implements Target {

    private final String host;
    private final int port;
    private TargetProbe.Probe probe;

    public ExternalTarget(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public String name() {
        return "external " + host + ":" + port;
    }

    @Override
    public synchronized void start() {
        if (probe == null) probe = TargetProbe.probe(host, port);
    }

    @Override
    public void stop() {
        // Not ours to stop.
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public synchronized Set<Capability> capabilities() {
        start();
        return probe.capabilities();
    }

    @Override
    public synchronized String version() {
        start();
        return probe.version();
    }

    @Override
    public void restart() {
        throw lacks(Capability.RESTART);
    }

    @Override
    public void kill() {
        throw lacks(Capability.KILL);
    }

    @Override
    public Path dataDir() {
        throw lacks(Capability.FILES);
    }

    @Override
    public ServerHandle launch(Map<String, String> config) {
        throw lacks(Capability.LAUNCH);
    }

    private UnsupportedOperationException lacks(Capability c) {
        return new UnsupportedOperationException("target '" + name() + "' lacks capability '" + c.tagName()
                + "' (give a launch template with respec.launch to enable it)");
    }
}
