package dev.respec.suite.steps;

import dev.respec.suite.rdb.Dataset;
import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.ReplyRenderer;
import dev.respec.suite.resp.RespConnection;
import dev.respec.suite.resp.SplitArgs;
import dev.respec.suite.target.Capability;
import dev.respec.suite.target.RedisArgs;
import dev.respec.suite.target.Requirements;
import dev.respec.suite.target.ServerExitedException;
import dev.respec.suite.target.ServerHandle;
import dev.respec.suite.target.ServerLauncher;
import dev.respec.suite.target.Settings;
import dev.respec.suite.target.Targets;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Persistence: servers started on an RDB file (golden-rdb/ fixtures, @needs:launch), servers that must
 * refuse a file, datasets compared with a fixture's expected dataset or with another server's, RDB files
 * carried to the other kind of server (@cross-target), and writes racing a background save.
 *
 * <p>Fixture paths are relative to the repository root ({@code respec.repo-root}, default {@code ..} from
 * the step-defs module): {@code golden-rdb/redis-7.0.15/strings.rdb}; its expected dataset is the sibling
 * {@code strings.dataset.jsonl} (golden-rdb/README.md).
 */
public final class PersistenceSteps {
    private static final int BATCH = 1000;

    private final World world;
    private ServerExitedException refusal;
    private ServerHandle other;

    public PersistenceSteps(World world) {
        this.world = world;
    }

    // ---- servers on a file -----------------------------------------------------------------------------

    @Given("the server is started with the RDB file {string}")
    public void theServerIsStartedWithTheRdbFile(String fixture) {
        world.useServer(startOn(fixture, Map.of()));
    }

    @Given("the server is started with the RDB file {string} and:")
    public void theServerIsStartedWithTheRdbFileAnd(String fixture, String directives) {
        world.useServer(startOn(fixture, RedisArgs.parseDirectives(directives)));
    }

    /** The start may fail: {@code Then the server refuses to start, logging "..."} checks that it did. */
    @When("a server is started with the RDB file {string}")
    public void aServerIsStartedWithTheRdbFile(String fixture) {
        try {
            world.useServer(startOn(fixture, Map.of()));
        } catch (ServerExitedException e) {
            refusal = e;
        }
    }

    @Then("the server refuses to start, logging {string}")
    public void theServerRefusesToStartLogging(String text) {
        if (refusal == null) {
            throw new AssertionError("the server started (on " + world.host() + ":" + world.port() + ") but should have refused");
        }
        if (refusal.exitCode() == 0) throw new AssertionError("the server exited with code 0, expected a failure");
        if (!refusal.log().contains(text)) {
            throw new AssertionError("the server's log does not contain \"" + text + "\"; it ends with:\n" + tail(refusal.log()));
        }
    }

    private ServerHandle startOn(String fixture, Map<String, String> config) {
        world.requireCapability(Capability.LAUNCH, "start a server on an RDB file");
        Path file = repoFile(fixture);
        Path dir = freshDir("rdb");
        try {
            Files.copy(file, dir.resolve("dump.rdb"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> c = new LinkedHashMap<>(config);
        c.put("dir", dir.toString());
        return world.target().launch(c);
    }

    // ---- datasets ----------------------------------------------------------------------------------------

    /** Every key with its type, value and expire time, nothing else, and (with DEBUG) the same digests. */
    @Then("the server holds exactly the dataset of {string}")
    public void theServerHoldsExactlyTheDatasetOf(String fixture) throws IOException {
        Dataset want = Dataset.read(datasetOf(fixture));
        boolean debug = world.target().has(Capability.DEBUG);
        Dataset have = Dataset.of(world.host(), world.port(), debug);
        List<String> fields = new ArrayList<>(Dataset.VALUE_FIELDS);
        if (debug) fields.add("digest_value");
        assertSame(have.differences(want, fields), debug ? have.digest : null, debug ? want.digest : null,
                "the dataset of " + fixture);
    }

    /** Redis 7.0's choices: OBJECT ENCODING and the exact DUMP payload of every key. */
    @Then("every key has the encoding and the DUMP payload listed for {string}")
    public void everyKeyHasTheEncodingAndDumpOf(String fixture) throws IOException {
        Dataset want = Dataset.read(datasetOf(fixture));
        Dataset have = Dataset.of(world.host(), world.port(), false);
        assertSame(have.differences(want, Dataset.ENCODING_FIELDS), null, null, "the encodings of " + fixture);
    }

    private static void assertSame(List<String> diffs, String digest, String wantDigest, String what) {
        if (digest != null && !digest.equals(wantDigest)) {
            diffs.add(0, "DEBUG DIGEST is " + digest + ", expected " + wantDigest);
        }
        if (!diffs.isEmpty()) {
            throw new AssertionError("the server does not hold " + what + ":\n  "
                    + String.join("\n  ", diffs.subList(0, Math.min(diffs.size(), 30)))
                    + (diffs.size() > 30 ? "\n  ... " + (diffs.size() - 30) + " more" : ""));
        }
    }

    private static Path datasetOf(String fixture) {
        Path rdb = repoFile(fixture);
        String name = rdb.getFileName().toString().replaceFirst("\\.rdb$", "");
        Path jsonl = rdb.resolveSibling(name + ".dataset.jsonl");
        if (!Files.isRegularFile(jsonl)) throw new IllegalArgumentException("no expected dataset " + jsonl);
        return jsonl;
    }

    // ---- files between the two kinds of server -------------------------------------------------------------

    @When("the dump is loaded into a real Redis")
    public void theDumpIsLoadedIntoARealRedis() {
        loadDumpInto("redis");
    }

    @When("the dump is loaded into the reference server")
    public void theDumpIsLoadedIntoTheReferenceServer() {
        loadDumpInto("reference");
    }

    /** Redis for the reference target, the reference server for Redis (@cross-target). */
    @When("the dump is loaded into the other kind of server")
    public void theDumpIsLoadedIntoTheOtherKindOfServer() {
        String kind = Requirements.otherKind(world.target()).orElseThrow(() -> new IllegalStateException(
                "target '" + world.target().name() + "' has no other kind; tag the scenario @cross-target"));
        loadDumpInto(kind);
    }

    /** Starts a server of that kind on a copy of the scenario server's dump file. */
    private void loadDumpInto(String kind) {
        ServerLauncher launcher = Targets.launcherOf(kind).getKey().orElseThrow(() -> new IllegalStateException(
                "cannot start a " + kind + " server: " + Targets.launcherOf(kind).getValue()
                        + "; tag the scenario @cross-target so that it is skipped"));
        Path dump = world.dataDir().resolve(configValue("dbfilename"));
        if (!Files.isRegularFile(dump)) throw new AssertionError("the server wrote no dump: " + dump + " does not exist");
        Path dir = freshDir(kind + "-copy");
        try {
            Files.copy(dump, dir.resolve("dump.rdb"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        other = launcher.launch(Map.of("dir", dir.toString()));
        world.track(other);
    }

    /** Same keys, types, values, expire times, DEBUG DIGEST-VALUEs and DEBUG DIGEST. */
    @Then("the other server holds the same dataset")
    public void theOtherServerHoldsTheSameDataset() throws IOException {
        if (other == null) throw new IllegalStateException("no other server: load the dump into one first");
        Dataset mine = Dataset.of(world.host(), world.port(), true);
        Dataset theirs = Dataset.of(other.host(), other.port(), true);
        List<String> fields = new ArrayList<>(Dataset.VALUE_FIELDS);
        fields.add("digest_value");
        assertSame(theirs.differences(mine, fields), theirs.digest, mine.digest, "the dataset of " + other.describe());
    }

    // ---- DUMP / RESTORE ----------------------------------------------------------------------------------

    /** DUMP of one key, then RESTORE of that payload into another (no TTL): the payload never leaves the server's format. */
    @When("the client restores {string} from the DUMP of {string}")
    public void theClientRestoresFromTheDumpOf(String target, String source) {
        Reply dump = world.call(World.DEFAULT_CLIENT, World.args("DUMP", source));
        if (!(dump instanceof Reply.BulkString b)) {
            throw new AssertionError("DUMP " + source + " replied " + ReplyRenderer.oneLine(dump));
        }
        List<byte[]> restore = new ArrayList<>(World.args("RESTORE", target, "0"));
        restore.add(b.bytes());
        Reply r = world.call(World.DEFAULT_CLIENT, restore);
        if (!(r instanceof Reply.SimpleString ok && ok.text().equals("OK"))) {
            throw new AssertionError("RESTORE " + target + " replied " + ReplyRenderer.oneLine(r));
        }
    }

    /** Same DEBUG DIGEST-VALUE (type, elements, expire mark), whatever the encodings' order. */
    @Then("the keys {string} and {string} hold the same value")
    public void theKeysHoldTheSameValue(String a, String b) {
        Reply r = world.call(World.DEFAULT_CLIENT, World.args("DEBUG", "DIGEST-VALUE", a, b));
        List<Reply> d = r.children();
        String none = "0".repeat(40);
        if (d.size() != 2 || !ReplyRenderer.oneLine(d.get(0)).equals(ReplyRenderer.oneLine(d.get(1)))
                || ReplyRenderer.oneLine(d.get(0)).contains(none)) {
            throw new AssertionError("DEBUG DIGEST-VALUE " + a + " " + b + " replied " + ReplyRenderer.oneLine(r));
        }
    }

    // ---- writes racing a save --------------------------------------------------------------------------------

    /** Pipelined SETs of {@code key} with {n} replaced, in batches. */
    @Given("the keys {string} for n from {int} to {int} hold {string}")
    public void theKeysHold(String key, int from, int to, String value) throws IOException {
        pipeline(world.host(), world.port(), from, to, n -> List.of("SET", key.replace("{n}", n), value.replace("{n}", n)));
    }

    @Then("the keys {string} for n from {int} to {int} all hold {string}")
    public void theKeysAllHold(String key, int from, int to, String value) throws IOException {
        try (RespConnection c = RespConnection.open(world.host(), world.port())) {
            for (int start = from; start <= to; start += BATCH) {
                int end = Math.min(to, start + BATCH - 1);
                List<byte[]> mget = new ArrayList<>();
                mget.add("MGET".getBytes(StandardCharsets.UTF_8));
                for (int n = start; n <= end; n++) mget.add(key.replace("{n}", Integer.toString(n)).getBytes(StandardCharsets.UTF_8));
                List<Reply> values = c.call(mget.toArray(new byte[0][])).children();
                for (int i = 0; i < values.size(); i++) {
                    String want = value.replace("{n}", Integer.toString(start + i));
                    Reply v = values.get(i);
                    if (!(v instanceof Reply.BulkString b && b.text().equals(want))) {
                        throw new AssertionError(key.replace("{n}", Integer.toString(start + i)) + " holds "
                                + ReplyRenderer.oneLine(v) + ", expected \"" + want + "\"");
                    }
                }
            }
        }
    }

    /**
     * Sends the command (BGSAVE) on the default client and, as soon as it replied, client B's writes,
     * pipelined, so that they land while the save runs. The command's reply becomes "the reply".
     */
    @When("the client runs {string} while client {string} runs {string} for n from {int} to {int}")
    public void theClientRunsWhileClientRuns(String command, String client, String template, int from, int to)
            throws IOException {
        world.run(World.DEFAULT_CLIENT, command);
        pipeline(world.host(), world.port(), from, to, n -> words(template.replace("{n}", n)));
    }

    @Then("within {int} seconds the INFO field {string} is {string}")
    public void withinSecondsTheInfoFieldIs(int seconds, String field, String expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        String last;
        do {
            last = world.info().get(field);
            if (expected.equals(last)) return;
            World.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("after " + seconds + " s the INFO field " + field + " is " + last + ", expected " + expected);
    }

    // ---- the data dir ------------------------------------------------------------------------------------------

    @Then("the data dir holds {string}")
    public void theDataDirHolds(String name) {
        if (!Files.exists(world.dataDir().resolve(name))) {
            throw new AssertionError("the data dir " + world.dataDir() + " has no " + name + " (it has " + listing() + ")");
        }
    }

    @Then("the data dir holds no file matching {string}")
    public void theDataDirHoldsNoFileMatching(String regex) {
        Pattern p = Pattern.compile(regex);
        List<String> names = listing();
        for (String n : names) {
            if (p.matcher(n).matches()) throw new AssertionError("the data dir holds " + n + " (all: " + names + ")");
        }
    }

    /** A non-empty directory where a file should go: renaming a new dump over it fails. */
    @Given("the data dir gets a directory named {string}")
    public void theDataDirGetsADirectoryNamed(String name) throws IOException {
        Path d = world.dataDir().resolve(name);
        Files.createDirectories(d);
        Files.writeString(d.resolve("keep"), "a directory in the way\n");
    }

    @When("the file {string} of the data dir is replaced by {string}")
    public void theFileIsReplacedBy(String name, String fixture) throws IOException {
        Files.copy(repoFile(fixture), world.dataDir().resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> listing() {
        try (Stream<Path> s = Files.list(world.dataDir())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private String configValue(String name) {
        Reply r = world.call(World.DEFAULT_CLIENT, World.args("CONFIG", "GET", name));
        List<Reply> kv = r.children();
        if (kv.size() != 2) throw new AssertionError("CONFIG GET " + name + " replied " + ReplyRenderer.oneLine(r));
        return ((Reply.BulkString) kv.get(1)).text();
    }

    static Path repoFile(String relative) {
        Path p = Path.of(Settings.get("respec.repo-root", "..")).resolve(relative).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no such fixture: " + p);
        return p;
    }

    private static Path freshDir(String kind) {
        try {
            Path base = Path.of(Settings.get("respec.work-dir", "target/respec-servers")).toAbsolutePath();
            Files.createDirectories(base);
            return Files.createTempDirectory(base, kind + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(String line) {
        return SplitArgs.split(line).stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    /** Sends the commands for n in [from, to] in pipelined batches; no reply may be an error. */
    private static void pipeline(String host, int port, int from, int to,
                                 java.util.function.Function<String, List<String>> command) throws IOException {
        try (RespConnection c = RespConnection.open(host, port)) {
            for (int start = from; start <= to; start += BATCH) {
                int end = Math.min(to, start + BATCH - 1);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (int n = start; n <= end; n++) {
                    List<byte[]> args = new ArrayList<>();
                    for (String w : command.apply(Integer.toString(n))) args.add(w.getBytes(StandardCharsets.UTF_8));
                    out.writeBytes(RespConnection.encode(args));
                }
                c.sendRaw(out.toByteArray());
                for (int n = start; n <= end; n++) {
                    Reply r = c.read(Duration.ofSeconds(30));
                    if (r.isError()) throw new AssertionError("a pipelined write failed: " + ReplyRenderer.oneLine(r));
                }
            }
        }
    }

    private static String tail(String log) {
        String[] lines = log.split("\n");
        return String.join("\n", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - 15), lines.length));
    }
}
