package dev.respec.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dump in dir/dbfilename at startup: loaded when it is good, and the start refused (the caller
 * exits with status 1) with Redis's last line when it is not, or when it holds what this server
 * cannot represent yet (streams, function libraries), never loaded in part.
 */
class RdbStartupTest {
    @TempDir
    Path dir;

    @Test
    void aSavedDatasetIsLoadedByTheNextStart() throws IOException {
        try (TestServer t = new TestServer(dir)) {
            t.run("SET k v");
            t.run("SET n 12345");
            t.run("PEXPIREAT n 4102444800000");
            t.run("SELECT 7");
            t.run("SET other x");
            assertThat(t.run("SAVE")).isEqualTo("+OK\r\n");
        }
        assertThat(dir.resolve("dump.rdb")).exists();
        assertThat(dir).isDirectoryNotContaining("glob:**/temp-*");
        try (TestServer t = new TestServer(dir)) {
            assertThat(t.run("GET k")).isEqualTo("$1\r\nv\r\n");
            assertThat(t.run("PEXPIRETIME n")).isEqualTo(":4102444800000\r\n");
            assertThat(t.run("OBJECT ENCODING n")).isEqualTo("$3\r\nint\r\n");
            t.run("SELECT 7");
            assertThat(t.run("GET other")).isEqualTo("$1\r\nx\r\n");
        }
    }

    @Test
    void noDumpMeansAnEmptyStart() throws IOException {
        try (TestServer t = new TestServer(dir)) {
            assertThat(t.run("DBSIZE")).isEqualTo(":0\r\n");
        }
    }

    @Test
    void aFileWithAWrongSignatureStopsTheStart() throws IOException {
        copy("negative/bad-signature.rdb");
        assertThatThrownBy(() -> new TestServer(dir)).isInstanceOf(IOException.class)
                .hasMessage("Fatal error loading the DB: Invalid argument. Exiting.");
    }

    @Test
    void aTruncatedFileStopsTheStart() throws IOException {
        copy("negative/hash-ziplist-truncated.rdb");
        assertThatThrownBy(() -> new TestServer(dir)).isInstanceOf(IOException.class)
                .hasMessage("Terminating server after rdb file reading failure.");
    }

    @Test
    void aStreamIsRefusedWithItsKeyAndType() throws Exception {
        copy("redis-7.0.15/stream.rdb");
        RdbLoader.Failure f = loadFailure();
        assertThat(f.lines()).singleElement().asString()
                .contains("a stream (RDB type 19)", "'x:stream'", "refuses to load the file");
    }

    @Test
    void aFunctionLibraryIsRefusedWithItsName() throws Exception {
        copy("redis-7.0.15/function.rdb");
        assertThat(loadFailure().lines()).singleElement().asString()
                .contains("function library 'mylib'", "refuses to load the file");
    }

    @Test
    void newerFilesWithStreamsAreRefusedToo() throws Exception {
        copy("newer/redis-7.4.1-dataset.rdb");
        assertThat(loadFailure().lines()).singleElement().asString().contains("function library 'mylib'");
    }

    private RdbLoader.Failure loadFailure() throws IOException {
        try (TestServer t = new TestServer(Files.createTempDirectory(dir, "empty"))) {
            t.server.rdb().load(dir.resolve("dump.rdb"));
        } catch (RdbLoader.Failure f) {
            return f;
        }
        throw new AssertionError("the file loaded");
    }

    private void copy(String fixture) throws IOException {
        Files.copy(GoldenFixtures.ROOT.resolve(fixture), dir.resolve("dump.rdb"));
    }
}
