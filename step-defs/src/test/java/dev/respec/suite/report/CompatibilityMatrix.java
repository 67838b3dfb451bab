package dev.respec.suite.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scenario outcomes counted per feature file and per command: what a server author reads to see where their
 * server stands. The pass percentage counts the scenarios that ran (passed / (passed + failed)); skipped
 * scenarios say why they were skipped instead.
 */
final class CompatibilityMatrix {

    static final class Row {
        int passed;
        int failed;
        int skipped;
        final Set<String> skipReasons = new LinkedHashSet<>();

        void add(ScenarioResult r) {
            switch (r.status()) {
                case ScenarioResult.PASSED -> passed++;
                case ScenarioResult.SKIPPED -> {
                    skipped++;
                    skipReasons.add(r.reason());
                }
                default -> failed++;
            }
        }

        String percent() {
            int ran = passed + failed;
            return ran == 0 ? "n/a" : String.format("%.1f%%", 100.0 * passed / ran);
        }

        Map<String, Object> toJson(String keyName, String key) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(keyName, key);
            m.put("passed", passed);
            m.put("failed", failed);
            m.put("skipped", skipped);
            int ran = passed + failed;
            m.put("passPercent", ran == 0 ? null : Math.round(1000.0 * passed / ran) / 10.0);
            m.put("skipReasons", new ArrayList<>(skipReasons));
            return m;
        }
    }

    private final List<ScenarioResult> results;
    private final Row total = new Row();
    private final Map<String, Row> byFeature = new TreeMap<>();
    private final Map<String, Row> byCommand = new TreeMap<>();

    CompatibilityMatrix(List<ScenarioResult> results) {
        this.results = results;
        for (ScenarioResult r : results) {
            total.add(r);
            byFeature.computeIfAbsent(r.feature(), k -> new Row()).add(r);
            List<String> commands = r.commands().isEmpty() ? List.of("(none)") : r.commands();
            for (String c : commands) byCommand.computeIfAbsent(c, k -> new Row()).add(r);
        }
    }

    Row total() {
        return total;
    }

    /** Exactly {@code N passed, M failed, K skipped}. */
    String summaryLine() {
        return total.passed + " passed, " + total.failed + " failed, " + total.skipped + " skipped";
    }

    String markdown(String target, String version) {
        StringBuilder md = new StringBuilder();
        md.append("# respec compatibility: target ").append(target);
        if (version != null) md.append(" (version ").append(version).append(')');
        md.append("\n\n**").append(summaryLine()).append("** (scenarios). Pass % = passed / (passed + failed);")
                .append(" skipped scenarios did not run on this target, for the reason given.\n\n");
        md.append("## By feature\n\n| Feature | Passed | Failed | Skipped | Pass % |\n|---|---:|---:|---:|---:|\n");
        byFeature.forEach((f, row) -> md.append("| ").append(f).append(" | ").append(row.passed).append(" | ")
                .append(row.failed).append(" | ").append(row.skipped).append(" | ").append(row.percent()).append(" |\n"));
        md.append("\n## By command\n\n| Command | Passed | Failed | Skipped | Pass % | Skip reasons |\n|---|---:|---:|---:|---:|---|\n");
        byCommand.forEach((c, row) -> md.append("| ").append(c).append(" | ").append(row.passed).append(" | ")
                .append(row.failed).append(" | ").append(row.skipped).append(" | ").append(row.percent()).append(" | ")
                .append(String.join("; ", row.skipReasons).replace("|", "\\|")).append(" |\n"));
        List<ScenarioResult> failed = results.stream().filter(r -> r.status().equals(ScenarioResult.FAILED)).toList();
        if (!failed.isEmpty()) {
            md.append("\n## Failed scenarios\n\n");
            failed.forEach(r -> md.append("- `").append(r.location()).append("` ").append(r.name()).append(": ")
                    .append(r.reason()).append('\n'));
        }
        Map<String, List<ScenarioResult>> skipped = skippedByReason();
        if (!skipped.isEmpty()) {
            md.append("\n## Skipped scenarios\n\n");
            skipped.forEach((reason, rs) -> {
                md.append("- ").append(reason).append(" (").append(rs.size()).append(")\n");
                rs.forEach(r -> md.append("  - `").append(r.location()).append("` ").append(r.name()).append('\n'));
            });
        }
        return md.toString();
    }

    Map<String, Object> json(String target, String version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", target);
        m.put("version", version);
        m.put("summary", total.toJson("scope", "all scenarios"));
        m.put("features", byFeature.entrySet().stream().map(e -> e.getValue().toJson("feature", e.getKey())).toList());
        m.put("commands", byCommand.entrySet().stream().map(e -> e.getValue().toJson("command", e.getKey())).toList());
        return m;
    }

    Map<String, List<ScenarioResult>> skippedByReason() {
        Map<String, List<ScenarioResult>> m = new LinkedHashMap<>();
        results.stream().filter(r -> r.status().equals(ScenarioResult.SKIPPED))
                .forEach(r -> m.computeIfAbsent(r.reason(), k -> new ArrayList<>()).add(r));
        return m;
    }
}
