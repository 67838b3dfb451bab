package dev.respec.suite.target;

import java.util.Map;

/** Starts a new, independent server instance of one kind with extra config ({@code name -> value}). */
@FunctionalInterface
public interface ServerLauncher {
    ServerHandle launch(Map<String, String> config);
}
