package dev.respec.suite.target;

import java.util.Collection;
import java.util.Optional;

/**
 * Maps a scenario's tags to what it needs from the target, and says why it cannot run there:
 * <ul>
 *   <li>{@code @needs:restart|kill|debug|config|files|launch}: the capability;</li>
 *   <li>{@code @resp3}: HELLO 3 support;</li>
 *   <li>{@code @since:X.Y}: skipped when the target's version is older than X.Y;</li>
 *   <li>{@code @until:X.Y}: skipped when the target's version is X.Y or newer;</li>
 *   <li>{@code @slow}: skipped when {@code respec.skip-slow=true}.</li>
 * </ul>
 * An unknown {@code @needs:} word is an error in the feature file, not a skip. A target whose version is
 * unknown runs version-tagged scenarios (the outcome is more useful than a skip).
 */
public final class Requirements {
    private Requirements() {}

    public static Optional<String> unmet(Collection<String> tags, Target target, boolean skipSlow) {
        for (String tag : tags) {
            if (tag.startsWith("@needs:")) {
                String word = tag.substring("@needs:".length());
                Capability c = Capability.fromTagName(word).orElseThrow(() -> new IllegalArgumentException(
                        "unknown capability tag " + tag + " (known: restart, kill, debug, config, files, launch)"));
                if (!target.has(c)) return Optional.of(lacks(target, c, tag));
            } else if (tag.equals("@resp3")) {
                if (!target.has(Capability.RESP3)) return Optional.of(lacks(target, Capability.RESP3, tag));
            } else if (tag.startsWith("@since:")) {
                String v = tag.substring("@since:".length());
                if (known(target) && compare(target.version(), v) < 0) {
                    return Optional.of("target '" + target.name() + "' is version " + target.version()
                            + ", older than " + v + " (" + tag + ")");
                }
            } else if (tag.startsWith("@until:")) {
                String v = tag.substring("@until:".length());
                if (known(target) && compare(target.version(), v) >= 0) {
                    return Optional.of("target '" + target.name() + "' is version " + target.version()
                            + ", which is " + v + " or newer (" + tag + ")");
                }
            } else if (tag.equals("@slow") && skipSlow) {
                return Optional.of("slow scenario skipped because respec.skip-slow=true (@slow)");
            }
        }
        return Optional.empty();
    }

    private static String lacks(Target target, Capability c, String tag) {
        return "target '" + target.name() + "' lacks capability '" + c.tagName() + "' (" + tag + ")";
    }

    private static boolean known(Target target) {
        return !target.version().equals("unknown");
    }

    /**
     * Compares a full version ({@code 7.0.15}) with a tag's version ({@code 7.0}) on the tag's components
     * only, so 7.0.15 counts as 7.0.
     */
    static int compare(String version, String tagVersion) {
        String[] a = version.split("[.-]");
        String[] b = tagVersion.split("\\.");
        for (int i = 0; i < b.length; i++) {
            int x = i < a.length ? number(a[i]) : 0;
            int y = number(b[i]);
            if (x != y) return Integer.compare(x, y);
        }
        return 0;
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
