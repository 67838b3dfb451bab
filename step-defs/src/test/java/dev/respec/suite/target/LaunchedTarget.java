package dev.respec.suite.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A target whose server the suite starts itself (reference, redis, or external with a launch template):
 * it can restart, kill, see files and launch more instances. Other capabilities are either declared (the
 * suite's own servers are started with DEBUG and CONFIG allowed, and must support RESP3: a missing one is
 * a failure, not a skip) or probed (a third-party server may lack them, which is a skip).
 */
public final class LaunchedTarget implements Target {

    private static final Set<Capability> LAUNCHED = EnumSet.of(
            Capability.RESTART, Capability.KILL, Capability.FILES, Capability.LAUNCH);

    private final String name;
    private final ServerLauncher launcher;
    private final Set<Capability> declared;
    private final boolean probe;
    private final String fallbackVersion;
    private final List<ServerHandle> extras = Collections.synchronizedList(new ArrayList<>());
    private ServerHandle primary;
    private Set<Capability> capabilities;
    private String version;

    /**
     * @param declared        capabilities beyond restart/kill/files/launch that the target has by construction
     * @param probe           whether to probe DEBUG, CONFIG and RESP3 on the running server
     * @param fallbackVersion the version to assume if INFO does not say
     */
    public LaunchedTarget(String name, ServerLauncher launcher, Set<Capability> declared, boolean probe,
                          String fallbackVersion) {
        this.name = name;
        this.launcher = launcher;
        this.declared = declared;
        this.probe = probe;
        this.fallbackVersion = fallbackVersion;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void start() {
        if (primary == null) {
            primary = launcher.launch(Map.of());
            Set<Capability> caps = EnumSet.copyOf(LAUNCHED);
            caps.addAll(declared);
            if (probe) {
                TargetProbe.Probe p = TargetProbe.probe(primary.host(), primary.port());
                caps.addAll(p.capabilities());
                version = p.version();
            } else {
                version = TargetProbe.version(primary.host(), primary.port(), fallbackVersion);
            }
            capabilities = Collections.unmodifiableSet(caps);
        } else if (!primary.isRunning()) {
            primary.start();
        }
    }

    @Override
    public synchronized void stop() {
        synchronized (extras) {
            extras.forEach(ServerHandle::stop);
            extras.clear();
        }
        if (primary != null) primary.stop();
    }

    @Override
    public String host() {
        return running().host();
    }

    @Override
    public int port() {
        return running().port();
    }

    @Override
    public Set<Capability> capabilities() {
        running();
        return capabilities;
    }

    @Override
    public String version() {
        running();
        return version;
    }

    @Override
    public void restart() {
        running().restart();
    }

    @Override
    public void kill() {
        running().kill();
    }

    @Override
    public Path dataDir() {
        return running().dataDir();
    }

    @Override
    public ServerHandle launch(Map<String, String> config) {
        ServerHandle h = launcher.launch(config);
        extras.add(h);
        return h;
    }

    @Override
    public String logTail(int lines) {
        return primary == null ? "" : primary.logTail(lines);
    }

    private synchronized ServerHandle running() {
        if (primary == null) throw new IllegalStateException("target '" + name + "' is not started");
        return primary;
    }
}
