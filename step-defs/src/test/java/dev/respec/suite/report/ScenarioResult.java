package dev.respec.suite.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one scenario (one example row, for outlines).
 *
 * @param feature  the feature file, e.g. {@code features/commands/strings.feature}
 * @param status   {@code passed}, {@code failed} or {@code skipped} (undefined, pending and ambiguous steps fail)
 * @param reason   the first line of the skip reason or failure message; empty when passed
 * @param detail   the whole failure message (capped), for the report's failure list
 * @param commands the Redis commands the scenario exercises ({@code @command:} tags, else its run steps)
 */
record ScenarioResult(String feature, String name, int line, List<String> tags, String status, String reason,
                      String detail, List<String> commands) {

    static final String PASSED = "passed";
    static final String FAILED = "failed";
    static final String SKIPPED = "skipped";

    String location() {
        return feature + ":" + line;
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("feature", feature);
        m.put("name", name);
        m.put("line", line);
        m.put("tags", tags);
        m.put("status", status);
        m.put("reason", reason);
        m.put("commands", commands);
        return m;
    }
}
