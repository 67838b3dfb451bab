package dev.respec.server.config;

import dev.respec.server.network.ClientInfo;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.NumberFormat;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parameter types of config.c: bool, string, enum, numeric (with its memory / percent / octal
 * forms and C integer kinds), and the special parameters with their own syntax (save, bind, dir,
 * client-output-buffer-limit, oom-score-adj-values, notify-keyspace-events, replicaof,
 * latency-tracking-info-percentiles). Each one parses like Redis 7.0.15, refuses with its exact
 * reason text, prints the canonical form CONFIG GET shows, and writes the line(s) CONFIG REWRITE
 * writes.
 */
public final class ConfigTypes {
    private ConfigTypes() {
    }

    /** An extra validity check on a parsed canonical value (config.c's is_valid_fn). */
    @FunctionalInterface
    public interface Check {
        void check(String canonical) throws ConfigException;
    }

    private static final Check ANY = v -> { };

    // ------------------------------------------------------------------ bool

    public static ConfigType bool(Check check) {
        return (args, current, continuing) -> {
            String v = args.get(0).toLowerCase(Locale.ROOT);
            if (!v.equals("yes") && !v.equals("no")) {
                throw new ConfigException("argument must be 'yes' or 'no'");
            }
            check.check(v);
            return v;
        };
    }

    public static ConfigType bool() {
        return bool(ANY);
    }

    // ------------------------------------------------------------------ strings

    /**
     * A string parameter. With {@code emptyIsNull} an empty value means "not set" (NULL in Redis):
     * CONFIG GET shows "", and CONFIG REWRITE drops the parameter's lines instead of writing it.
     */
    public static ConfigType string(boolean emptyIsNull, Check check) {
        return new ConfigType() {
            @Override
            public String parse(List<String> args, String current, boolean continuing) throws ConfigException {
                check.check(args.get(0));
                return args.get(0);
            }

            @Override
            public void rewrite(ConfigParam p, ConfigRewrite.State state) {
                if (emptyIsNull && p.value.isEmpty()) {
                    state.markProcessed(p.name);
                    return;
                }
                boolean defaultIsNull = emptyIsNull && p.defaultValue.isEmpty();
                boolean force = defaultIsNull || !p.value.equals(p.defaultValue);
                state.rewriteLine(p.name, p.name + " " + repr(p.value), force);
            }
        };
    }

    public static ConfigType string(boolean emptyIsNull) {
        return string(emptyIsNull, ANY);
    }

    /** pathIsBaseName: no directory part. */
    public static Check baseName(String message) {
        return v -> {
            if (v.indexOf('/') >= 0) {
                throw new ConfigException(message);
            }
        };
    }

    public static Check nonEmptyBaseName(String what, String kind) {
        return v -> {
            if (v.isEmpty()) {
                throw new ConfigException(what + " can't be empty");
            }
            if (v.indexOf('/') >= 0) {
                throw new ConfigException(what + " can't be a path, just a " + kind);
            }
        };
    }

    // ------------------------------------------------------------------ enums

    /**
     * An enum; names match case-insensitively. With {@code bitflags} (a MULTI_ARG enum such as
     * shutdown-on-sigterm) several names combine, and the canonical form lists them in table order.
     */
    public static ConfigType enumeration(String[] names, int[] values, boolean bitflags, IntCheck check) {
        return (args, current, continuing) -> {
            int v = enumValue(names, values, args, bitflags);
            if (v == Integer.MIN_VALUE) {
                throw new ConfigException("argument(s) must be one of the following: " + String.join(", ", names));
            }
            check.check(v);
            return enumName(names, values, v, bitflags);
        };
    }

    /** An enum whose names stand for 0, 1, 2 ... in order. */
    public static ConfigType enumeration(String... names) {
        int[] values = new int[names.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        return enumeration(names, values, false, v -> { });
    }

    @FunctionalInterface
    public interface IntCheck {
        void check(int value) throws ConfigException;
    }

    private static int enumValue(String[] names, int[] values, List<String> args, boolean bitflags) {
        if (args.isEmpty() || (!bitflags && args.size() != 1)) {
            return Integer.MIN_VALUE;
        }
        int result = 0;
        for (String a : args) {
            boolean matched = false;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equalsIgnoreCase(a)) {
                    result |= values[i];
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                return Integer.MIN_VALUE;
            }
        }
        return result;
    }

    /** configEnumGetName: the first name with exactly this value, else the flags' names in order. */
    private static String enumName(String[] names, int[] values, int v, boolean bitflags) {
        StringBuilder flags = new StringBuilder();
        int unmatched = v;
        for (int i = 0; i < names.length; i++) {
            if (values[i] == v) {
                return names[i];
            }
            if (bitflags && values[i] != 0 && (unmatched & values[i]) == values[i]) {
                if (flags.length() > 0) {
                    flags.append(' ');
                }
                flags.append(names[i]);
                unmatched &= ~values[i];
            }
        }
        return flags.length() == 0 || unmatched != 0 ? "unknown" : flags.toString();
    }

    // ------------------------------------------------------------------ numbers

    /** The C type a numeric parameter is stored in: its signedness decides how bounds compare. */
    public enum Kind {
        INT(false), UINT(true), LONG(false), ULONG(false), LONG_LONG(false), ULONG_LONG(true), SIZE_T(true),
        SSIZE_T(false), TIME_T(false), OFF_T(false);

        /** numericBoundaryCheck compares these (and only these) as unsigned. */
        final boolean unsignedBounds;

        Kind(boolean unsignedBounds) {
            this.unsignedBounds = unsignedBounds;
        }
    }

    /** Plain integer. */
    public static final int INTEGER = 0;
    /** Also accepts memory units (1kb, 5mb, 2g ...); printed in bytes, unsigned. */
    public static final int MEMORY = 1;
    /** Also accepts "n%", stored as -n. */
    public static final int PERCENT = 1 << 1;
    /** Written and printed in octal. */
    public static final int OCTAL = 1 << 2;

    /** A numeric parameter of the given C kind, bounds and forms. */
    public static ConfigType numeric(Kind kind, long min, long max, int form) {
        return new Numeric(kind, min, max, form);
    }

    static long numericValue(ConfigParam p) {
        if (!(p.type instanceof Numeric n)) {
            throw new IllegalStateException(p.name + " is not numeric");
        }
        return n.decode(p.value);
    }

    private static final class Numeric implements ConfigType {
        final Kind kind;
        final long min;
        final long max;
        final int form;

        Numeric(Kind kind, long min, long max, int form) {
            this.kind = kind;
            this.min = min;
            this.max = max;
            this.form = form;
        }

        @Override
        public String parse(List<String> args, String current, boolean continuing) throws ConfigException {
            long v = parseNumber(args.get(0));
            checkBounds(v);
            return encode(v);
        }

        /** numericParseString: memory, then percent, then octal, then (with no form flags) integer. */
        private long parseNumber(String s) throws ConfigException {
            long[] out = new long[1];
            if ((form & MEMORY) != 0 && memtoull(s, out)) {
                return out[0];
            }
            if ((form & PERCENT) != 0 && s.length() > 1 && s.endsWith("%")) {
                byte[] digits = Bytes.latin1(s.substring(0, s.length() - 1));
                if (Bytes.parseLong(digits, 0, digits.length, out) && out[0] >= 0) {
                    return -out[0];
                }
            }
            if ((form & OCTAL) != 0) {
                Strtol r = strtoll(s, 8);
                if (!r.overflow && r.end == s.length()) {
                    return r.value;
                }
            }
            if (form == INTEGER) {
                byte[] b = Bytes.latin1(s);
                if (Bytes.parseLong(b, 0, b.length, out)) {
                    return out[0];
                }
            }
            if ((form & MEMORY) != 0 && (form & PERCENT) != 0) {
                throw new ConfigException("argument must be a memory or percent value");
            } else if ((form & MEMORY) != 0) {
                throw new ConfigException("argument must be a memory value");
            } else if ((form & OCTAL) != 0) {
                throw new ConfigException("argument couldn't be parsed as an octal number");
            }
            throw new ConfigException("argument couldn't be parsed into an integer");
        }

        private void checkBounds(long v) throws ConfigException {
            if (kind.unsignedBounds) {
                if (Long.compareUnsigned(v, max) > 0 || Long.compareUnsigned(v, min) < 0) {
                    if ((form & OCTAL) != 0) {
                        throw new ConfigException("argument must be between " + Long.toOctalString(min) + " and "
                                + Long.toOctalString(max) + " inclusive");
                    }
                    throw new ConfigException("argument must be between " + Long.toUnsignedString(min) + " and "
                            + Long.toUnsignedString(max) + " inclusive");
                }
            } else if ((form & PERCENT) != 0 && v < 0) {
                if (v < min) {
                    throw new ConfigException("percentage argument must be less or equal to " + -min);
                }
            } else if (v > max || v < min) {
                throw new ConfigException("argument must be between " + min + " and " + max + " inclusive");
            }
        }

        String encode(long v) {
            if ((form & PERCENT) != 0 && v < 0) {
                return -v + "%";
            }
            if ((form & MEMORY) != 0) {
                return Long.toUnsignedString(v);
            }
            if ((form & OCTAL) != 0) {
                return Long.toOctalString(v);
            }
            return Long.toString(v);
        }

        long decode(String canonical) {
            if (canonical.endsWith("%")) {
                return -Long.parseLong(canonical.substring(0, canonical.length() - 1));
            }
            if ((form & MEMORY) != 0) {
                return Long.parseUnsignedLong(canonical);
            }
            if ((form & OCTAL) != 0) {
                return Long.parseLong(canonical, 8);
            }
            return Long.parseLong(canonical);
        }

        @Override
        public void rewrite(ConfigParam p, ConfigRewrite.State state) {
            long v = decode(p.value);
            long def = decode(p.defaultValue);
            if ((form & PERCENT) != 0 && v < 0) {
                state.rewriteLine(p.name, p.name + " " + -v + "%", -v != def);
            } else if ((form & MEMORY) != 0) {
                state.rewriteLine(p.name, p.name + " " + formatMemory(v), v != def);
            } else if ((form & OCTAL) != 0) {
                state.rewriteLine(p.name, p.name + " " + Long.toOctalString(v), v != def);
            } else {
                state.rewriteLine(p.name, p.name + " " + v, v != def);
            }
        }
    }

    // ------------------------------------------------------------------ special parameters

    /** save: pairs of "seconds changes"; "" clears; lines of a config file add up. */
    public static ConfigType save() {
        return new ConfigType() {
            @Override
            public String parse(List<String> args, String current, boolean continuing) throws ConfigException {
                if (args.size() == 1 && args.get(0).isEmpty()) {
                    return "";
                }
                if ((args.size() & 1) != 0) {
                    throw new ConfigException("Invalid save parameters");
                }
                StringBuilder pairs = new StringBuilder(continuing ? current : "");
                for (int j = 0; j < args.size(); j++) {
                    Strtol r = strtoll(args.get(j), 10);
                    if (r.end != args.get(j).length() || ((j & 1) == 0 && r.value < 1) || ((j & 1) == 1 && r.value < 0)) {
                        throw new ConfigException("Invalid save parameters");
                    }
                    if (pairs.length() > 0) {
                        pairs.append(' ');
                    }
                    // seconds is a time_t; changes an int, so a large count wraps as it does in C
                    pairs.append((j & 1) == 0 ? r.value : (long) (int) r.value);
                }
                return pairs.toString();
            }

            @Override
            public void rewrite(ConfigParam p, ConfigRewrite.State state) {
                if (p.value.isEmpty()) {
                    state.rewriteLine(p.name, "save \"\"", true);
                } else {
                    String[] v = p.value.split(" ");
                    for (int j = 0; j < v.length; j += 2) {
                        state.rewriteLine(p.name, "save " + v[j] + " " + v[j + 1], true);
                    }
                }
                state.markProcessed(p.name);
            }
        };
    }

    public static final String DEFAULT_BIND = "* -::*";

    /** bind: up to 16 addresses; a single "" means none. */
    public static ConfigType bind() {
        return new ConfigType() {
            @Override
            public String parse(List<String> args, String current, boolean continuing) throws ConfigException {
                if (args.size() > 16) {
                    throw new ConfigException("Too many bind addresses specified.");
                }
                if (args.size() == 1 && args.get(0).isEmpty()) {
                    return "";
                }
                return String.join(" ", args);
            }

            @Override
            public void rewrite(ConfigParam p, ConfigRewrite.State state) {
                if (p.value.equals(DEFAULT_BIND)) {
                    state.markProcessed(p.name);
                    return;
                }
                state.rewriteLine(p.name, p.name + " " + (p.value.isEmpty() ? "\"\"" : p.value), true);
            }
        };
    }

    /** dir: must be an existing directory; kept as the absolute real path, as getcwd() shows it. */
    public static ConfigType dir() {
        return new ConfigType() {
            @Override
            public String parse(List<String> args, String current, boolean continuing) throws ConfigException {
                if (args.size() != 1) {
                    throw new ConfigException("wrong number of arguments");
                }
                return resolveDirectory(current, args.get(0));
            }

            @Override
            public void rewrite(ConfigParam p, ConfigRewrite.State state) {
                state.rewriteLine(p.name, p.name + " " + repr(p.value), true);
            }
        };
    }

    /** chdir(): resolves {@code dir} against the current directory, with strerror's texts. */
    public static String resolveDirectory(String currentDir, String dir) throws ConfigException {
        if (dir.isEmpty()) {
            throw new ConfigException("No such file or directory");
        }
        try {
            Path p = Path.of(currentDir).resolve(dir).toRealPath();
            if (!Files.isDirectory(p)) {
                throw new ConfigException("Not a directory");
            }
            if (!Files.isExecutable(p)) {
                throw new ConfigException("Permission denied");
            }
            return p.toString();
        } catch (NoSuchFileException | InvalidPathException e) {
            throw new ConfigException("No such file or directory");
        } catch (AccessDeniedException e) {
            throw new ConfigException("Permission denied");
        } catch (IOException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static final String[] OBUF_CLASSES = {"normal", "slave", "pubsub"};
    public static final String DEFAULT_OBUF_LIMITS = "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60";

    /** client-output-buffer-limit: groups of "class hard soft seconds"; other classes keep their limits. */
    public static ConfigType clientOutputBufferLimit() {
        return new ConfigType() {
            @Override
            public String parse(List<String> args, String current, boolean continuing) throws ConfigException {
                if (args.size() % 4 != 0) {
                    throw new ConfigException("Wrong number of arguments in buffer limit configuration.");
                }
                String[] limits = current.split(" ");
                String[] updated = limits.clone();
                for (int j = 0; j < args.size(); j += 4) {
                    int cls = switch (args.get(j).toLowerCase(Locale.ROOT)) {
                        case "normal" -> 0;
                        case "slave", "replica" -> 1;
                        case "pubsub" -> 2;
                        default -> -1;
                    };
                    if (cls < 0) {
                        throw new ConfigException("Invalid client class specified in buffer limit configuration.");
                    }
                    long[] hard = new long[1];
                    long[] soft = new long[1];
                    boolean hardOk = memtoull(args.get(j + 1), hard);
                    boolean softOk = memtoull(args.get(j + 2), soft);
                    Strtol seconds = strtoll(args.get(j + 3), 10);
                    int softSeconds = (int) seconds.value; // stored through an int first, as in C
                    if (!hardOk || !softOk || softSeconds < 0 || seconds.end != args.get(j + 3).length()) {
                        throw new ConfigException("Error in hard, soft or soft_seconds setting in buffer limit "
                                + "configuration.");
                    }
                    updated[cls * 4 + 1] = Long.toUnsignedString(hard[0]);
                    updated[cls * 4 + 2] = Long.toUnsignedString(soft[0]);
                    updated[cls * 4 + 3] = Integer.toString(softSeconds);
                }
                return String.join(" ", updated);
            }

            @Override
            public void rewrite(ConfigParam p, ConfigRewrite.State state) {
                String[] v = p.value.split(" ");
                String[] d = DEFAULT_OBUF_LIMITS.split(" ");
                for (int cls = 0; cls < OBUF_CLASSES.length; cls++) {
                    int at = cls * 4;
                    boolean force = !(v[at + 1].equals(d[at + 1]) && v[at + 2].equals(d[at + 2])
                            && v[at + 3].equals(d[at + 3]));
                    String type = cls == 1 ? "replica" : OBUF_CLASSES[cls];
                    state.rewriteLine(p.name, p.name + " " + type + " "
                            + formatMemory(Long.parseUnsignedLong(v[at + 1])) + " "
                            + formatMemory(Long.parseUnsignedLong(v[at + 2])) + " " + v[at + 3], force);
                }
            }
        };
    }

    /** oom-score-adj-values: three values between -2000 and 2000. */
    public static ConfigType oomScoreAdjValues() {
        return (args, current, continuing) -> {
            if (args.size() != 3) {
                throw new ConfigException("wrong number of arguments");
            }
            List<String> values = new ArrayList<>();
            for (String a : args) {
                Strtol r = strtoll(a, 10);
                if (r.end != a.length() || r.value < -2000 || r.value > 2000) {
                    throw new ConfigException("Invalid oom-score-adj-values, elements must be between -2000 and 2000.");
                }
                values.add(Long.toString(r.value));
            }
            return String.join(" ", values);
        };
    }

    /** notify-keyspace-events: a string of event class characters, printed in Redis's order. */
    public static ConfigType notifyKeyspaceEvents() {
        return new ConfigType() {
            @Override
            public String parse(List<String> args, String current, boolean continuing) throws ConfigException {
                if (args.size() != 1) {
                    throw new ConfigException("wrong number of arguments");
                }
                int flags = KeyspaceEvents.parse(args.get(0));
                if (flags < 0) {
                    throw new ConfigException("Invalid event class character. Use 'Ag$lshzxeKEtmdn'.");
                }
                return KeyspaceEvents.format(flags);
            }

            @Override
            public void rewrite(ConfigParam p, ConfigRewrite.State state) {
                state.rewriteLine(p.name, p.name + " " + repr(p.value), !p.value.isEmpty());
            }
        };
    }

    /** replicaof host port | no one. */
    public static ConfigType replicaOf() {
        return new ConfigType() {
            @Override
            public String parse(List<String> args, String current, boolean continuing) throws ConfigException {
                if (args.size() != 2) {
                    throw new ConfigException("wrong number of arguments");
                }
                if (args.get(0).equalsIgnoreCase("no") && args.get(1).equalsIgnoreCase("one")) {
                    return "";
                }
                Strtol port = strtoll(args.get(1), 10);
                if (port.value < 0 || port.value > 65535 || port.end != args.get(1).length()) {
                    throw new ConfigException("Invalid master port");
                }
                return args.get(0) + " " + port.value;
            }

            @Override
            public void rewrite(ConfigParam p, ConfigRewrite.State state) {
                if (p.value.isEmpty()) {
                    state.markProcessed(p.name);
                    return;
                }
                state.rewriteLine(p.name, p.name + " " + p.value, true);
            }
        };
    }

    /** latency-tracking-info-percentiles: doubles in [0, 100], printed as %f without trailing zeros. */
    public static ConfigType latencyPercentiles() {
        return new ConfigType() {
            @Override
            public String parse(List<String> args, String current, boolean continuing) throws ConfigException {
                if (args.size() == 1 && args.get(0).isEmpty()) {
                    return "";
                }
                List<String> out = new ArrayList<>();
                for (String a : args) {
                    double d = NumberFormat.parseDouble(Bytes.latin1(a));
                    if (Double.isNaN(d)) {
                        throw new ConfigException("Invalid latency-tracking-info-percentiles parameters");
                    }
                    if (d > 100.0 || d < 0.0) {
                        throw new ConfigException("latency-tracking-info-percentiles parameters should sit between "
                                + "[0.0,100.0]");
                    }
                    out.add(trimmedFixed(d));
                }
                return String.join(" ", out);
            }

            @Override
            public void rewrite(ConfigParam p, ConfigRewrite.State state) {
                state.rewriteLine(p.name, p.name + " " + (p.value.isEmpty() ? "\"\"" : p.value), true);
            }
        };
    }

    /** sprintf("%f") then trimDoubleString: six decimals rounded half-even, trailing zeros dropped. */
    public static String trimmedFixed(double d) {
        String s = NumberFormat.fixed(d, 6);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s.equals("-0") ? "0" : s;
    }

    // ------------------------------------------------------------------ C number parsing

    /** The result of a C strtoll: its value (saturated on overflow) and where parsing stopped. */
    record Strtol(long value, int end, boolean overflow) {
    }

    /**
     * strtoll: optional leading white space and sign, then digits of the base. {@code end} is the
     * index after the last digit, or 0 when there were none (C sets endptr to the start then).
     */
    static Strtol strtoll(String s, int base) {
        int i = 0;
        while (i < s.length() && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        BigInteger v = BigInteger.ZERO;
        BigInteger b = BigInteger.valueOf(base);
        while (i < s.length() && Character.digit(s.charAt(i), base) >= 0 && s.charAt(i) < 128) {
            v = v.multiply(b).add(BigInteger.valueOf(Character.digit(s.charAt(i), base)));
            i++;
        }
        if (i == start) {
            return new Strtol(0, 0, false);
        }
        if (negative) {
            v = v.negate();
        }
        if (v.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
            return new Strtol(Long.MAX_VALUE, i, true);
        }
        if (v.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) < 0) {
            return new Strtol(Long.MIN_VALUE, i, true);
        }
        return new Strtol(v.longValue(), i, false);
    }

    private static final BigInteger ULLONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /**
     * memtoull as Redis 7.0.15 has it: digits then an optional unit (b, k, kb, m, mb, g, gb, any
     * case; k/m/g are powers of 1000, kb/mb/gb of 1024). No sign, no spaces. The digits saturate at
     * 2^64-1 and the product with the unit wraps around, as the C code does. "" and a bare unit are 0.
     */
    public static boolean memtoull(String s, long[] out) {
        if (s.startsWith("-")) {
            return false;
        }
        int u = 0;
        while (u < s.length() && s.charAt(u) >= '0' && s.charAt(u) <= '9') {
            u++;
        }
        long mul = switch (s.substring(u).toLowerCase(Locale.ROOT)) {
            case "", "b" -> 1;
            case "k" -> 1000;
            case "kb" -> 1024;
            case "m" -> 1000L * 1000;
            case "mb" -> 1024L * 1024;
            case "g" -> 1000L * 1000 * 1000;
            case "gb" -> 1024L * 1024 * 1024;
            default -> -1;
        };
        if (mul < 0 || u >= 128) {
            return false;
        }
        BigInteger digits = u == 0 ? BigInteger.ZERO : new BigInteger(s.substring(0, u));
        long value = digits.compareTo(ULLONG_MAX) > 0 ? -1L : digits.longValue();
        out[0] = value * mul;
        return true;
    }

    /** rewriteConfigFormatMemory: the largest of gb, mb, kb that divides the value. */
    public static String formatMemory(long bytes) {
        long gb = 1024L * 1024 * 1024;
        long mb = 1024L * 1024;
        long kb = 1024;
        if (bytes != 0 && bytes % gb == 0) {
            return bytes / gb + "gb";
        } else if (bytes != 0 && bytes % mb == 0) {
            return bytes / mb + "mb";
        } else if (bytes != 0 && bytes % kb == 0) {
            return bytes / kb + "kb";
        }
        return Long.toString(bytes);
    }

    /** sdscatrepr of a value, for string lines of CONFIG REWRITE. */
    static String repr(String v) {
        byte[] b = Bytes.latin1(v);
        return ClientInfo.repr(b, 0, b.length);
    }
}
