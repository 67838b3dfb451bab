@keys
Feature: Generic keyspace commands
  Commands that work on keys whatever type their value has, and on whole numbered databases:
  deleting, testing, renaming, moving and copying keys, listing them with KEYS and SCAN, and
  emptying, counting and swapping databases. Every expectation was first seen from Redis 7.0.15.

  # ---------------------------------------------------------------- DEL and UNLINK

  Scenario Outline: <command> removes the keys it is given and counts those that existed
    Given the client runs:
      """
      SET a 1
      SET b 2
      """
    When the client runs "<command> a b missing"
    Then the reply is (integer) 2
    And "EXISTS a b" replies (integer) 0

    Examples:
      | command |
      | DEL     |
      | UNLINK  |

  Scenario Outline: <command> counts a key named twice only once
    Given the client runs "SET a 1"
    When the client runs "<command> a a"
    Then the reply is (integer) 1

    Examples:
      | command |
      | DEL     |
      | UNLINK  |

  Scenario: DEL does not count a key that has already expired
    Given the client runs "SET a 1"
    And the client runs "PEXPIRE a 1"
    And the client waits 20 ms
    When the client runs "DEL a"
    Then the reply is (integer) 0

  Scenario: DEL needs at least one key
    When the client runs "DEL"
    Then the reply is (error) ERR wrong number of arguments for 'del' command

  # ---------------------------------------------------------------- EXISTS and TOUCH

  Scenario: EXISTS counts every name of an existing key, repeated names included
    Given the client runs "SET a 1"
    When the client runs "EXISTS a a missing"
    Then the reply is (integer) 2

  Scenario: EXISTS does not see a key that has expired
    Given the client runs "SET a 1"
    And the client runs "PEXPIRE a 1"
    And the client waits 20 ms
    When the client runs "EXISTS a"
    Then the reply is (integer) 0

  Scenario: TOUCH counts the existing keys it is given, repeated names included
    Given the client runs "SET a 1"
    When the client runs "TOUCH a a missing"
    Then the reply is (integer) 2

  @slow
  Scenario: TOUCH resets the idle time of a key
    Given the client runs "SET a 1"
    And the client waits 2100 ms
    When the client runs "TOUCH a"
    Then "OBJECT IDLETIME a" replies (integer) 0

  @slow
  Scenario: EXISTS and TYPE leave the idle time of a key alone
    Given the client runs "SET a 1"
    And the client waits 2100 ms
    And the client runs "EXISTS a"
    And the client runs "TYPE a"
    When the client runs "OBJECT IDLETIME a"
    Then the reply is an integer between 2 and 4

  # ---------------------------------------------------------------- TYPE

  Scenario: TYPE names the type of a string value as a simple string
    Given the client runs "SET a hello"
    When the client runs "TYPE a"
    Then the reply is string

  Scenario: TYPE of a missing key is none
    When the client runs "TYPE missing"
    Then the reply is none

  # ---------------------------------------------------------------- RENAME and RENAMENX

  Scenario: RENAME gives the value a new name
    Given the client runs "SET a hello"
    When the client runs "RENAME a b"
    Then the reply is OK
    And "GET b" replies "hello"
    And "EXISTS a" replies (integer) 0

  Scenario: RENAME keeps the time to live
    Given the client runs "SET a hello"
    And the client runs "EXPIRE a 100"
    When the client runs "RENAME a b"
    And the client runs "TTL b"
    Then the reply is an integer between 99 and 100

  Scenario: RENAME replaces an existing destination, its time to live included
    Given the client runs:
      """
      SET a new
      SET b old
      EXPIRE b 100
      """
    When the client runs "RENAME a b"
    Then the reply is OK
    And "GET b" replies "new"
    And "TTL b" replies (integer) -1

  Scenario Outline: <command> of a missing key is an error
    When the client runs "<command> missing b"
    Then the reply is (error) ERR no such key

    Examples:
      | command  |
      | RENAME   |
      | RENAMENX |

  Scenario Outline: <command> of a key to its own name changes nothing
    Given the client runs "SET a hello"
    When the client runs "<command> a a"
    Then the reply is <reply>
    And "GET a" replies "hello"

    Examples:
      | command  | reply       |
      | RENAME   | OK          |
      | RENAMENX | (integer) 0 |

  Scenario: RENAME of a missing key to its own name is still an error
    When the client runs "RENAME missing missing"
    Then the reply is (error) ERR no such key

  Scenario: RENAMENX renames to a free name
    Given the client runs "SET a hello"
    When the client runs "RENAMENX a b"
    Then the reply is (integer) 1
    And "GET b" replies "hello"
    And "EXISTS a" replies (integer) 0

  Scenario: RENAMENX leaves both keys alone when the new name is taken
    Given the client runs:
      """
      SET a 1
      SET b 2
      """
    When the client runs "RENAMENX a b"
    Then the reply is (integer) 0
    And "GET a" replies "1"
    And "GET b" replies "2"

  # ---------------------------------------------------------------- KEYS

  Scenario Outline: KEYS with the pattern <pattern> and the key <key>
    Given the client runs "SET <key> 1"
    When the client runs "KEYS <pattern>"
    Then the reply is <reply>

    Examples: wildcards
      | pattern | key      | reply         |
      | h?llo   | hello    | ["hello"]     |
      | h?llo   | hllo     | (empty array) |
      | h*llo   | hllo     | ["hllo"]      |
      | h*llo   | heeeello | ["heeeello"]  |
      | Foo     | foo      | (empty array) |

    Examples: character classes
      | pattern   | key   | reply         |
      | h[ae]llo  | hallo | ["hallo"]     |
      | h[ae]llo  | hillo | (empty array) |
      | h[^e]llo  | hallo | ["hallo"]     |
      | h[^e]llo  | hello | (empty array) |
      | h[!e]llo  | h!llo | ["h!llo"]     |
      | h[a-c]llo | hbllo | ["hbllo"]     |
      | h[c-a]llo | hbllo | ["hbllo"]     |
      | h[a-c]llo | hdllo | (empty array) |
      | [-a]      | -     | ["-"]         |
      | [a-]      | -     | (empty array) |
      | [a-]      | ]     | ["]"]         |

    Examples: escapes
      | pattern   | key   | reply         |
      | h\\*llo   | h*llo | ["h*llo"]     |
      | h\\*llo   | hello | (empty array) |
      | h\\?llo   | hello | (empty array) |
      | a[\\]]b   | a]b   | ["a]b"]       |
      | a\\[b     | a[b   | ["a[b"]       |

    Examples: unterminated classes
      | pattern | key | reply         |
      | [abc    | b   | ["b"]         |
      | [abc    | [   | (empty array) |
      | a[b     | ab  | ["ab"]        |
      | a[      | a[  | (empty array) |

  Scenario: KEYS * lists every key
    Given the client runs:
      """
      SET a 1
      SET b 2
      SET c 3
      """
    When the client runs "KEYS *"
    Then the reply is an array containing, in any order:
      """
      "a"
      "b"
      "c"
      """

  Scenario: KEYS * lists even the empty key name, which ** does not match
    Given the client runs:
      """
      SET '' 1
      SET a 2
      """
    When the client runs "KEYS *"
    Then the reply is an array containing, in any order:
      """
      ""
      "a"
      """
    And "KEYS **" replies ["a"]

  Scenario: KEYS leaves out keys that have expired
    Given the client runs:
      """
      SET user:1 a
      SET user:2 b
      SET user:3 c
      PEXPIRE user:2 1
      """
    And the client waits 20 ms
    When the client runs "KEYS user:*"
    Then the reply is an array containing, in any order:
      """
      "user:1"
      "user:3"
      """

  Scenario: KEYS only sees the selected database
    Given the client runs:
      """
      SET a 1
      SELECT 1
      SET b 2
      """
    When the client runs "KEYS *"
    Then the reply is ["b"]

  # ---------------------------------------------------------------- SCAN

  @command:SCAN
  Scenario: a full SCAN iteration returns every key
    Given the client runs:
      """
      SET k1 1
      SET k2 2
      SET k3 3
      SET k4 4
      SET k5 5
      SET k6 6
      SET k7 7
      SET k8 8
      SET k9 9
      SET k10 10
      SET k11 11
      SET k12 12
      """
    Then scanning with "SCAN {cursor} COUNT 3" returns exactly, in any order:
      """
      "k1"
      "k2"
      "k3"
      "k4"
      "k5"
      "k6"
      "k7"
      "k8"
      "k9"
      "k10"
      "k11"
      "k12"
      """

  @command:SCAN
  Scenario: SCAN MATCH returns only the keys matching the pattern
    Given the client runs:
      """
      SET k1 1
      SET k2 2
      SET k3 3
      SET x1 1
      SET x2 2
      SET k10 10
      SET y 0
      """
    Then scanning with "SCAN {cursor} MATCH k* COUNT 5" returns exactly, in any order:
      """
      "k1"
      "k2"
      "k3"
      "k10"
      """

  @command:SCAN
  Scenario: SCAN leaves out keys that have expired
    Given the client runs:
      """
      SET a 1
      SET b 2
      SET c 3
      SET d 4
      PEXPIRE b 1
      PEXPIRE d 1
      """
    And the client waits 20 ms
    Then scanning with "SCAN {cursor} COUNT 2" returns exactly, in any order:
      """
      "a"
      "c"
      """

  @command:SCAN
  Scenario: SCAN TYPE returns only keys holding that type, named in any case
    Given the client runs:
      """
      SET a 1
      SET b 2
      """
    Then scanning with "SCAN {cursor} TYPE STRING" returns exactly, in any order:
      """
      "a"
      "b"
      """

  Scenario: SCAN TYPE with a type no key has returns nothing, even for an unknown type
    Given the client runs:
      """
      SET a 1
      SET b 2
      """
    When the client runs "SCAN 0 TYPE nosuchtype COUNT 100"
    Then the reply is ["0", (empty array)]

  Scenario: SCAN with a COUNT larger than the keyspace ends in one call
    Given the client runs "SET a 1"
    When the client runs "SCAN 0 COUNT 100"
    Then the reply is ["0", ["a"]]

  Scenario: SCAN with the largest COUNT walks the whole keyspace in one call
    Given the client runs:
      """
      SET k1 v
      SET k2 v
      SET k3 v
      SET k4 v
      SET k5 v
      SET k6 v
      SET k7 v
      SET k8 v
      SET k9 v
      SET k10 v
      SET k11 v
      SET k12 v
      SET k13 v
      SET k14 v
      SET k15 v
      SET k16 v
      SET k17 v
      SET k18 v
      SET k19 v
      SET k20 v
      """
    When the client runs "SCAN 0 MATCH k7 COUNT 9223372036854775807"
    Then the reply is ["0", ["k7"]]

  Scenario Outline: SCAN reads the cursor <cursor> as an unsigned number, as strtoul does
    When the client runs "SCAN <cursor>"
    Then the reply is ["0", (empty array)]

    Examples:
      | cursor               |
      | 0                    |
      | ''                   |
      | +0                   |
      | -0                   |
      | 18446744073709551615 |
      | 00000000000000000001 |

  Scenario Outline: SCAN refuses the cursor <cursor>
    When the client runs "SCAN <cursor>"
    Then the reply is (error) ERR invalid cursor

    Examples:
      | cursor               |
      | abc                  |
      | -                    |
      | 0x10                 |
      | 1e3                  |
      | ' 1'                 |
      | '1 '                 |
      | 18446744073709551616 |

  Scenario Outline: SCAN option error: <options>
    When the client runs "SCAN 0 <options>"
    Then the reply is <error>

    Examples:
      | options      | error                                                |
      | COUNT 0      | (error) ERR syntax error                             |
      | COUNT -1     | (error) ERR syntax error                             |
      | COUNT ten    | (error) ERR value is not an integer or out of range  |
      | COUNT        | (error) ERR syntax error                             |
      | MATCH        | (error) ERR syntax error                             |
      | TYPE         | (error) ERR syntax error                             |
      | LIMIT 10     | (error) ERR syntax error                             |

  # ---------------------------------------------------------------- RANDOMKEY and DBSIZE

  Scenario: RANDOMKEY of an empty database is nil
    When the client runs "RANDOMKEY"
    Then the reply is (nil)

  @resp3
  Scenario: RANDOMKEY of an empty database is the RESP3 null after HELLO 3
    When the client switches to RESP3
    Then "RANDOMKEY" replies (null)

  Scenario: RANDOMKEY returns a key name
    Given the client runs "SET only 1"
    When the client runs "RANDOMKEY"
    Then the reply is "only"

  Scenario: RANDOMKEY never returns a key that has expired
    Given the client runs:
      """
      SET a 1
      SET b 2
      SET c 3
      PEXPIRE a 1
      PEXPIRE b 1
      PEXPIRE c 1
      """
    And the client waits 20 ms
    When the client runs "RANDOMKEY"
    Then the reply is (nil)

  Scenario: DBSIZE counts the keys of the selected database
    Given the client runs:
      """
      SET a 1
      SET b 2
      SET c 3
      SELECT 2
      SET d 4
      """
    When the client runs "DBSIZE"
    Then the reply is (integer) 1

  # ---------------------------------------------------------------- FLUSHDB, FLUSHALL and SWAPDB

  Scenario Outline: FLUSHDB <option> empties only the selected database
    Given the client runs:
      """
      SET a 1
      SET b 2
      SELECT 1
      SET c 3
      SELECT 0
      """
    When the client runs "FLUSHDB <option>"
    Then the reply is OK
    And "DBSIZE" replies (integer) 0
    And "SELECT 1" replies OK
    And "DBSIZE" replies (integer) 1

    Examples:
      | option |
      |        |
      | ASYNC  |
      | sync   |

  Scenario Outline: FLUSHALL <option> empties every database
    Given the client runs:
      """
      SET a 1
      SET b 2
      SELECT 1
      SET c 3
      """
    When the client runs "FLUSHALL <option>"
    Then the reply is OK
    And "DBSIZE" replies (integer) 0
    And "SELECT 0" replies OK
    And "DBSIZE" replies (integer) 0

    Examples:
      | option |
      |        |
      | async  |
      | SYNC   |

  Scenario Outline: <command> accepts only ASYNC or SYNC, once
    When the client runs "<command> <options>"
    Then the reply is (error) ERR syntax error

    Examples:
      | command  | options    |
      | FLUSHDB  | LAZY       |
      | FLUSHDB  | ASYNC SYNC |
      | FLUSHALL | NOW        |
      | FLUSHALL | SYNC SYNC  |

  Scenario: SWAPDB exchanges the contents of two databases
    Given the client runs:
      """
      SET a in-zero
      SELECT 1
      SET b in-one
      SELECT 0
      """
    When the client runs "SWAPDB 0 1"
    Then the reply is OK
    And "GET b" replies "in-one"
    And "EXISTS a" replies (integer) 0
    And "SELECT 1" replies OK
    And "GET a" replies "in-zero"

  Scenario: SWAPDB of a database with itself changes nothing
    Given the client runs "SET a 1"
    When the client runs "SWAPDB 0 0"
    Then the reply is OK
    And "GET a" replies "1"

  Scenario Outline: SWAPDB <first> <second> is refused
    When the client runs "SWAPDB <first> <second>"
    Then the reply is <error>

    Examples:
      | first      | second | error                                |
      | zero       | 1      | (error) ERR invalid first DB index   |
      | 1.5        | 1      | (error) ERR invalid first DB index   |
      | 2147483648 | 1      | (error) ERR invalid first DB index   |
      | 0          | one    | (error) ERR invalid second DB index  |
      | 0          | 16     | (error) ERR DB index is out of range |
      | -1         | 0      | (error) ERR DB index is out of range |

  # ---------------------------------------------------------------- MOVE

  Scenario: MOVE takes a key to another database, with its time to live
    Given the client runs:
      """
      SET a hello
      EXPIRE a 100
      """
    When the client runs "MOVE a 3"
    Then the reply is (integer) 1
    And "EXISTS a" replies (integer) 0
    And "SELECT 3" replies OK
    And "GET a" replies "hello"
    When the client runs "TTL a"
    Then the reply is an integer between 99 and 100

  Scenario: MOVE leaves both keys alone when the target database has the key
    Given the client runs:
      """
      SELECT 3
      SET a there
      SELECT 0
      SET a here
      """
    When the client runs "MOVE a 3"
    Then the reply is (integer) 0
    And "GET a" replies "here"

  Scenario: MOVE of a missing key moves nothing
    When the client runs "MOVE missing 1"
    Then the reply is (integer) 0

  Scenario Outline: MOVE to <db> is refused
    Given the client runs "SET a 1"
    When the client runs "MOVE a <db>"
    Then the reply is <error>

    Examples:
      | db  | error                                                    |
      | 0   | (error) ERR source and destination objects are the same  |
      | 16  | (error) ERR DB index is out of range                     |
      | -1  | (error) ERR DB index is out of range                     |
      | one | (error) ERR value is not an integer or out of range      |

  # ---------------------------------------------------------------- COPY

  Scenario: COPY duplicates a value under a new name
    Given the client runs "SET a hello"
    When the client runs "COPY a b"
    Then the reply is (integer) 1
    And "GET a" replies "hello"
    And "GET b" replies "hello"

  Scenario: COPY keeps the time to live
    Given the client runs:
      """
      SET a hello
      EXPIRE a 100
      """
    When the client runs "COPY a b"
    And the client runs "TTL b"
    Then the reply is an integer between 99 and 100

  Scenario: COPY does not overwrite an existing destination
    Given the client runs:
      """
      SET a new
      SET b old
      """
    When the client runs "COPY a b"
    Then the reply is (integer) 0
    And "GET b" replies "old"

  Scenario: COPY REPLACE overwrites an existing destination
    Given the client runs:
      """
      SET a new
      SET b old
      """
    When the client runs "COPY a b REPLACE"
    Then the reply is (integer) 1
    And "GET b" replies "new"

  Scenario: COPY DB copies into another database, even under the same name
    Given the client runs "SET a hello"
    When the client runs "COPY a a DB 5"
    Then the reply is (integer) 1
    And "SELECT 5" replies OK
    And "GET a" replies "hello"

  Scenario: COPY of a missing key copies nothing
    When the client runs "COPY missing b"
    Then the reply is (integer) 0

  Scenario: COPY of a small integer makes an unshared copy
    Given the client runs "SET a 5"
    When the client runs "COPY a b"
    Then "OBJECT ENCODING b" replies "int"
    And "OBJECT REFCOUNT b" replies (integer) 1
    And "OBJECT REFCOUNT a" replies (integer) 2147483647

  Scenario Outline: COPY a <arguments> is refused
    Given the client runs "SET a 1"
    When the client runs "COPY a <arguments>"
    Then the reply is <error>

    Examples:
      | arguments      | error                                                   |
      | a              | (error) ERR source and destination objects are the same |
      | a DB 0         | (error) ERR source and destination objects are the same |
      | b DB 16        | (error) ERR DB index is out of range                    |
      | b DB five      | (error) ERR value is not an integer or out of range     |
      | b DB           | (error) ERR syntax error                                |
      | b OVERWRITE    | (error) ERR syntax error                                |
      | b DB 99 FORCE  | (error) ERR DB index is out of range                    |
      | b FORCE DB 99  | (error) ERR syntax error                                |

  # ---------------------------------------------------------------- OBJECT

  Scenario Outline: OBJECT ENCODING of the string <value> is <encoding>
    Given the client runs "SET a <value>"
    When the client runs "OBJECT ENCODING a"
    Then the reply is "<encoding>"

    Examples:
      | value                                         | encoding |
      | 12345                                         | int      |
      | -9223372036854775808                          | int      |
      | 9223372036854775808                           | embstr   |
      | 007                                           | embstr   |
      | hello                                         | embstr   |
      | 12345678901234567890123456789012345678901234  | embstr   |
      | 123456789012345678901234567890123456789012345 | raw      |

  Scenario Outline: OBJECT REFCOUNT of the value <value> is <refcount>
    Given the client runs "SET a <value>"
    When the client runs "OBJECT REFCOUNT a"
    Then the reply is (integer) <refcount>

    Examples:
      | value | refcount   |
      | 0     | 2147483647 |
      | 9999  | 2147483647 |
      | 10000 | 1          |
      | -1    | 1          |
      | hello | 1          |

  @needs:launch
  Scenario Outline: small integers are shared unless maxmemory is set with an LRU or LFU policy (<maxmemory>, <policy>)
    Given the server is started with:
      """
      maxmemory <maxmemory>
      maxmemory-policy <policy>
      """
    And the client runs "SET a 5"
    When the client runs "OBJECT REFCOUNT a"
    Then the reply is (integer) <refcount>

    Examples:
      | maxmemory | policy         | refcount   |
      | 100mb     | allkeys-lru    | 1          |
      | 100mb     | volatile-lfu   | 1          |
      | 100mb     | allkeys-random | 2147483647 |
      | 0         | allkeys-lru    | 2147483647 |

  Scenario Outline: OBJECT <subcommand> of a missing key is nil
    When the client runs "OBJECT <subcommand> missing"
    Then the reply is (nil)

    Examples:
      | subcommand |
      | ENCODING   |
      | REFCOUNT   |
      | IDLETIME   |
      | FREQ       |

  @resp3
  Scenario: OBJECT of a missing key is the RESP3 null after HELLO 3
    When the client switches to RESP3
    Then "OBJECT ENCODING missing" replies (null)

  Scenario: OBJECT IDLETIME of a key just written is zero
    Given the client runs "SET a 1"
    When the client runs "OBJECT IDLETIME a"
    Then the reply is an integer between 0 and 1

  Scenario: OBJECT FREQ needs an LFU policy
    Given the client runs "SET a 1"
    When the client runs "OBJECT FREQ a"
    Then the reply is (error) ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.

  @needs:launch
  Scenario: OBJECT FREQ of a new key under an LFU policy starts at the initial counter
    Given the server is started with "maxmemory-policy allkeys-lfu"
    And the client runs "SET a 1"
    When the client runs "OBJECT FREQ a"
    Then the reply is an integer between 4 and 5

  @needs:launch
  Scenario: OBJECT IDLETIME is not tracked under an LFU policy
    Given the server is started with "maxmemory-policy volatile-lfu"
    And the client runs "SET a 1"
    When the client runs "OBJECT IDLETIME a"
    Then the reply is (error) ERR An LFU maxmemory policy is selected, idle time not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.

  Scenario: OBJECT HELP lists the subcommands
    When the client runs "OBJECT HELP"
    Then the reply is:
      """
       1) OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:
       2) ENCODING <key>
       3)     Return the kind of internal representation used in order to store the value
       4)     associated with a <key>.
       5) FREQ <key>
       6)     Return the access frequency index of the <key>. The returned integer is
       7)     proportional to the logarithm of the recent access frequency of the key.
       8) IDLETIME <key>
       9)     Return the idle time of the <key>, that is the approximated number of
      10)     seconds elapsed since the last access to the key.
      11) REFCOUNT <key>
      12)     Return the number of references of the value associated with the specified
      13)     <key>.
      14) HELP
      15)     Prints this help.
      """

  Scenario Outline: OBJECT <arguments> is refused
    When the client runs "OBJECT <arguments>"
    Then the reply is <error>

    Examples:
      | arguments    | error                                                                  |
      | NOSUCH a     | (error) ERR unknown subcommand 'NOSUCH'. Try OBJECT HELP.              |
      | ENCODING     | (error) ERR wrong number of arguments for 'object\|encoding' command  |
      | REFCOUNT a b | (error) ERR wrong number of arguments for 'object\|refcount' command  |
      | HELP me      | (error) ERR wrong number of arguments for 'object\|help' command      |
