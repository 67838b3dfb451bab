package dev.respec.suite.report;

import dev.respec.suite.target.Target;
import dev.respec.suite.target.Targets;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.DocStringArgument;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.TestStepFinished;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suite's own Cucumber plugin: records every scenario's outcome and, when the run finishes, writes into
 * its folder (default {@code target/respec}, or the plugin argument):
 * <ul>
 *   <li>{@code results.json}: per scenario, its feature file, name, line, tags, status, reason and commands;</li>
 *   <li>{@code compatibility.md} and {@code compatibility.json}: the matrix per feature file and per command;</li>
 *   <li>{@code summary.txt}: exactly one line, {@code N passed, M failed, K skipped};</li>
 *   <li>{@code report.txt}: what it prints at the end, skip reasons grouped, failures with feature:line.</li>
 * </ul>
 * It also stops the shared target, since the run is over.
 */
public final class CompatibilityReport implements ConcurrentEventListener {

    private static final Pattern RUNS = Pattern.compile("runs \"((?:[^\"\\\\]|\\\\.)*)\"|runs '((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern COMMAND_TAG = Pattern.compile("@command:(.+)");
    private static final int MAX_MESSAGE_LINES = 14;

    private final Path dir;
    private final List<ScenarioResult> results = Collections.synchronizedList(new ArrayList<>());
    private final Map<UUID, String> firstProblem = new ConcurrentHashMap<>();

    public CompatibilityReport() {
        this("target/respec");
    }

    public CompatibilityReport(String dir) {
        this.dir = Path.of(dir);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, this::onStepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::onCaseFinished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> onRunFinished());
    }

    private void onStepFinished(TestStepFinished e) {
        Status s = e.getResult().getStatus();
        if (e.getTestStep() instanceof PickleStepTestStep step && (s == Status.UNDEFINED || s == Status.PENDING)) {
            firstProblem.putIfAbsent(e.getTestCase().getId(),
                    s.name().toLowerCase(Locale.ROOT) + " step: " + step.getStep().getText());
        }
    }

    private void onCaseFinished(TestCaseFinished e) {
        TestCase tc = e.getTestCase();
        Result result = e.getResult();
        String status = switch (result.getStatus()) {
            case PASSED -> ScenarioResult.PASSED;
            case SKIPPED -> ScenarioResult.SKIPPED;
            default -> ScenarioResult.FAILED;
        };
        String detail = "";
        if (result.getError() != null) {
            detail = Optional.ofNullable(result.getError().getMessage()).orElse(result.getError().getClass().getName());
        } else if (firstProblem.containsKey(tc.getId())) {
            detail = firstProblem.get(tc.getId());
        } else if (!status.equals(ScenarioResult.PASSED)) {
            detail = result.getStatus().name().toLowerCase(Locale.ROOT);
        }
        String reason = detail.lines().findFirst().orElse("").strip();
        if (detail.length() > 4000) detail = detail.substring(0, 4000) + "...";
        results.add(new ScenarioResult(feature(tc.getUri()), tc.getName(), tc.getLocation().getLine(), tc.getTags(),
                status, reason, detail, commands(tc)));
    }

    private void onRunFinished() {
        List<ScenarioResult> all;
        synchronized (results) {
            all = new ArrayList<>(results);
        }
        all.sort(java.util.Comparator.comparing(ScenarioResult::feature).thenComparingInt(ScenarioResult::line));
        Optional<Target> target = Targets.started();
        String name = target.map(Target::name).orElse(Targets.describe());
        String version = target.map(t -> {
            try {
                return t.version();
            } catch (RuntimeException ex) {
                return null;
            }
        }).orElse(null);
        CompatibilityMatrix matrix = new CompatibilityMatrix(all);
        String text = consoleReport(all, matrix, name, version);
        try {
            Files.createDirectories(dir);
            write("results.json", Json.write(all.stream().map(ScenarioResult::toJson).toList()));
            write("compatibility.md", matrix.markdown(name, version));
            write("compatibility.json", Json.write(matrix.json(name, version)));
            write("report.txt", text);
            write("summary.txt", matrix.summaryLine() + "\n");
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the respec report to " + dir.toAbsolutePath(), ex);
        } finally {
            System.out.print(text);
            System.out.flush();
            Targets.stopShared();
        }
    }

    private String consoleReport(List<ScenarioResult> all, CompatibilityMatrix matrix, String target, String version) {
        StringBuilder out = new StringBuilder("\n=== respec: target ").append(target);
        if (version != null) out.append(" (version ").append(version).append(')');
        out.append(", report in ").append(dir.resolve("compatibility.md").toAbsolutePath()).append('\n');
        Map<String, List<ScenarioResult>> skipped = matrix.skippedByReason();
        if (!skipped.isEmpty()) {
            out.append("Skipped:\n");
            skipped.forEach((reason, rs) -> {
                out.append("  ").append(reason).append(" (").append(rs.size()).append(")\n");
                rs.forEach(r -> out.append("      ").append(r.location()).append("  ").append(r.name()).append('\n'));
            });
        }
        List<ScenarioResult> failed = all.stream().filter(r -> r.status().equals(ScenarioResult.FAILED)).toList();
        if (!failed.isEmpty()) {
            out.append("Failed:\n");
            String previous = null;
            for (ScenarioResult r : failed) {
                out.append("  ").append(r.location()).append("  ").append(r.name()).append('\n');
                if (r.detail().equals(previous)) {
                    out.append("      (same error as above)\n");
                    continue;
                }
                previous = r.detail();
                List<String> lines = r.detail().lines().toList();
                lines.stream().limit(MAX_MESSAGE_LINES).forEach(l -> out.append("      ").append(l).append('\n'));
                if (lines.size() > MAX_MESSAGE_LINES) out.append("      ...\n");
            }
        }
        return out.append(matrix.summaryLine()).append('\n').toString();
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
    }

    /** {@code classpath:features/x.feature} or a file URI → {@code features/x.feature}. */
    static String feature(URI uri) {
        String s = "classpath".equals(uri.getScheme()) ? uri.getSchemeSpecificPart() : uri.getPath();
        if (s == null) return uri.toString();
        int i = s.lastIndexOf("/features/");
        if (i >= 0) return s.substring(i + 1);
        return s.startsWith("/") ? s.substring(1) : s;
    }

    /** {@code @command:NAME} tags if any, else the first word of each command a {@code runs} step runs. */
    static List<String> commands(TestCase tc) {
        Set<String> out = new LinkedHashSet<>();
        for (String tag : tc.getTags()) {
            Matcher m = COMMAND_TAG.matcher(tag);
            if (m.matches()) out.add(m.group(1).toUpperCase(Locale.ROOT));
        }
        if (!out.isEmpty()) return List.copyOf(out);
        for (TestStep s : tc.getTestSteps()) {
            if (!(s instanceof PickleStepTestStep step)) continue;
            String text = step.getStep().getText();
            Matcher m = RUNS.matcher(text);
            if (m.find()) {
                firstWord(m.group(1) != null ? m.group(1) : m.group(2)).ifPresent(out::add);
            } else if (text.endsWith(" runs:") && step.getStep().getArgument() instanceof DocStringArgument doc) {
                doc.getContent().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(l -> firstWord(l).ifPresent(out::add));
            }
        }
        return List.copyOf(out);
    }

    private static Optional<String> firstWord(String commandLine) {
        String w = commandLine.strip().split("\\s+", 2)[0].replace("\"", "").replace("'", "");
        return w.isEmpty() ? Optional.empty() : Optional.of(w.toUpperCase(Locale.ROOT));
    }
}
