package dev.respec.server.commands;

import dev.respec.server.command.CommandSpec;
import dev.respec.server.util.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * getKeysUsingKeySpecs: finds the key arguments of a request from the command's key specs
 * (begin_search by index or keyword, then find_keys by range or keynum), as COMMAND GETKEYS does.
 */
final class KeySpecs {
    record KeyRef(int position, List<String> flags) {
    }

    private KeySpecs() {
    }

    /**
     * The keys of argv, or null when a spec cannot be resolved (invalid arguments). Commands whose
     * key flags depend on the arguments (variable_flags: SET, BITFIELD) use their getkeys function.
     */
    static List<KeyRef> keys(CommandSpec cmd, byte[][] argv) {
        return switch (cmd.fullName) {
            case "set" -> List.of(new KeyRef(1, setKeyFlags(argv)));
            case "bitfield" -> List.of(new KeyRef(1, bitfieldKeyFlags(argv)));
            default -> keysUsingKeySpecs(cmd, argv);
        };
    }

    /** setGetKeys: with GET the key is read and written, else only overwritten. */
    private static List<String> setKeyFlags(byte[][] argv) {
        for (int i = 3; i < argv.length; i++) {
            if (Bytes.eqIgnoreCase(argv[i], "get")) {
                return List.of("RW", "access", "update");
            }
        }
        return List.of("OW", "update");
    }

    /** bitfieldGetKeys: read-only when every operation is a GET (or OVERFLOW). */
    private static List<String> bitfieldKeyFlags(byte[][] argv) {
        boolean readonly = true;
        for (int i = 2; i < argv.length; i++) {
            int remaining = argv.length - i - 1;
            if (Bytes.eqIgnoreCase(argv[i], "get") && remaining >= 2) {
                i += 2;
            } else if ((Bytes.eqIgnoreCase(argv[i], "set") || Bytes.eqIgnoreCase(argv[i], "incrby")) && remaining >= 3) {
                readonly = false;
                break;
            } else if (Bytes.eqIgnoreCase(argv[i], "overflow") && remaining >= 1) {
                i += 1;
            } else {
                readonly = false; // a syntax error: assume it writes
                break;
            }
        }
        return readonly ? List.of("RO", "access") : List.of("RW", "access", "update");
    }

    @SuppressWarnings("unchecked")
    private static List<KeyRef> keysUsingKeySpecs(CommandSpec cmd, byte[][] argv) {
        List<KeyRef> out = new ArrayList<>();
        for (Object o : (List<Object>) cmd.spec.get("key_specs")) {
            Map<String, Object> ks = (Map<String, Object>) o;
            List<String> flags = (List<String>) (List<?>) ks.get("flags");
            Map<String, Object> bs = (Map<String, Object>) ks.get("begin_search");
            Map<String, Object> bspec = (Map<String, Object>) bs.get("spec");
            int first;
            switch ((String) bs.get("type")) {
                case "index" -> first = ((Long) bspec.get("index")).intValue();
                case "keyword" -> {
                    String keyword = (String) bspec.get("keyword");
                    int startfrom = ((Long) bspec.get("startfrom")).intValue();
                    first = -1;
                    int start = startfrom > 0 ? startfrom : argv.length + startfrom;
                    int end = startfrom > 0 ? argv.length - 1 : 0;
                    int step = startfrom > 0 ? 1 : -1;
                    for (int i = start; startfrom > 0 ? i <= end : i >= end; i += step) {
                        if (i >= 0 && i < argv.length && Bytes.eqIgnoreCase(argv[i], keyword.toLowerCase())) {
                            first = i + 1;
                            break;
                        }
                    }
                    if (first < 0) {
                        continue; // keyword absent: this spec finds no keys
                    }
                }
                default -> {
                    return null;
                }
            }
            if (first >= argv.length) {
                continue;
            }
            Map<String, Object> fk = (Map<String, Object>) ks.get("find_keys");
            Map<String, Object> fspec = (Map<String, Object>) fk.get("spec");
            int last;
            int step;
            switch ((String) fk.get("type")) {
                case "range" -> {
                    int lastkey = ((Long) fspec.get("lastkey")).intValue();
                    step = ((Long) fspec.get("keystep")).intValue();
                    int limit = ((Long) fspec.get("limit")).intValue();
                    if (lastkey >= 0) {
                        last = first + lastkey;
                    } else if (limit <= 1) {
                        last = argv.length + lastkey;
                    } else {
                        last = first + (argv.length - first) / limit + lastkey;
                    }
                }
                case "keynum" -> {
                    int numIdx = first + ((Long) fspec.get("keynumidx")).intValue();
                    int firstKey = ((Long) fspec.get("firstkey")).intValue();
                    step = ((Long) fspec.get("keystep")).intValue();
                    if (numIdx >= argv.length) {
                        return null;
                    }
                    long[] n = new long[1];
                    if (!Bytes.parseLong(argv[numIdx], 0, argv[numIdx].length, n) || n[0] < 0) {
                        return null;
                    }
                    first = numIdx + firstKey;
                    last = first + (int) n[0] * step - 1;
                }
                default -> {
                    return null;
                }
            }
            if (last >= argv.length) {
                return null;
            }
            for (int i = first; i <= last; i += step) {
                out.add(new KeyRef(i, flags));
            }
        }
        return out;
    }
}
