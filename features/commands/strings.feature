@strings
Feature: String commands
  Strings are Redis's basic values: binary-safe byte strings up to proto-max-bulk-len (512 MB) that
  can also be used as 64-bit integer counters and as long double (80-bit) floating point counters.
  Every expectation here was first seen from real Redis 7.0.15.

  # ------------------------------------------------------------------ SET and GET

  Scenario: SET stores a value that GET returns
    When the client runs "SET greeting hello"
    Then the reply is OK
    And "GET greeting" replies "hello"

  Scenario: GET of a missing key is nil
    When the client runs "GET nosuchkey"
    Then the reply is (nil)

  Scenario: SET replaces the value of an existing key
    Given the client runs "SET k old"
    When the client runs "SET k new"
    Then the reply is OK
    And "GET k" replies "new"

  Scenario Outline: SET <condition> on <state> key
    Given the client runs:
      """
      <setup>
      """
    When the client runs "SET k new <condition>"
    Then the reply is <reply>
    And "GET k" replies <value>

    Examples:
      | condition | state    | setup        | reply | value |
      | NX        | a new    | DEL k        | OK    | "new" |
      | NX        | an older | SET k old    | (nil) | "old" |
      | XX        | a new    | DEL k        | (nil) | (nil) |
      | XX        | an older | SET k old    | OK    | "new" |
      | nx        | a new    | DEL k        | OK    | "new" |

  Scenario: SET GET replies the old value and stores the new one
    Given the client runs "SET k old"
    When the client runs "SET k new GET"
    Then the reply is "old"
    And "GET k" replies "new"

  Scenario: SET GET on a missing key replies nil and stores the value
    When the client runs "SET k new GET"
    Then the reply is (nil)
    And "GET k" replies "new"

  Scenario: SET NX GET on an existing key replies the old value and stores nothing
    Given the client runs "SET k old"
    When the client runs "SET k new NX GET"
    Then the reply is "old"
    And "GET k" replies "old"

  Scenario: SET XX GET on a missing key replies nil and creates nothing
    When the client runs "SET k new XX GET"
    Then the reply is (nil)
    And "EXISTS k" replies (integer) 0

  Scenario Outline: SET with <option> gives the key a time to live
    When the client runs "SET k v <option>"
    Then the reply is OK
    And "TTL k" replies (integer) 100

    Examples:
      | option    |
      | EX 100    |
      | PX 100000 |
      | ex 100    |

  Scenario Outline: SET with <option> expires the key at an absolute unix time
    When the client runs "SET k v <option>"
    Then the reply is OK
    And "<query> k" replies (integer) <when>

    Examples:
      | option                   | query       | when                |
      | EXAT 4102444800          | EXPIRETIME  | 4102444800          |
      | PXAT 4102444800123       | PEXPIRETIME | 4102444800123       |
      | PXAT 9223372036854775807 | PEXPIRETIME | 9223372036854775807 |
      | EXAT 9223372036854775    | EXPIRETIME  | 9223372036854775    |

  Scenario Outline: SET with <option> in the past stores a key that is already expired
    Given the client runs "SET k old"
    When the client runs "SET k v <option> GET"
    Then the reply is "old"
    And "EXISTS k" replies (integer) 0

    Examples:
      | option |
      | EXAT 1 |
      | PXAT 1 |

  Scenario: SET without KEEPTTL removes the time to live
    Given the client runs "SET k v EX 100"
    When the client runs "SET k w"
    Then "TTL k" replies (integer) -1

  Scenario: SET KEEPTTL keeps the time to live
    Given the client runs "SET k v EX 100"
    When the client runs "SET k w KEEPTTL"
    Then the reply is OK
    And "GET k" replies "w"
    And "TTL k" replies (integer) 100

  Scenario: A key set with PX disappears once its time is up
    Given the client runs "SET k v PX 100"
    When the client waits 150 ms
    Then within 2 seconds "EXISTS k" replies (integer) 0

  Scenario Outline: SET repeating an option is accepted: <options>
    When the client runs "SET k v <options>"
    Then the reply is <reply>
    And "TTL k" replies (integer) <ttl>

    Examples:
      | options         | reply | ttl |
      | NX NX           | OK    | -1  |
      | EX 10 EX 20     | OK    | 20  |
      | KEEPTTL KEEPTTL | OK    | -1  |
      | GET GET         | (nil) | -1  |

  Scenario Outline: SET refuses the option combination <options>
    Given the client runs "SET k old"
    When the client runs "SET k v <options>"
    Then the reply is (error) ERR syntax error
    And "GET k" replies "old"

    Examples:
      | options          |
      | NX XX            |
      | XX NX            |
      | EX 10 PX 10000   |
      | EX 10 KEEPTTL    |
      | KEEPTTL EX 10    |
      | PX 100 EXAT 1000 |
      | EXAT 10 PXAT 10  |
      | EX               |
      | PX               |
      | PERSIST          |
      | FOO              |
      | 10               |

  Scenario Outline: SET refuses the expire time <option>
    Given the client runs "SET k old"
    When the client runs "SET k v <option> GET"
    Then the reply is (error) ERR invalid expire time in 'set' command
    And "GET k" replies "old"

    Examples:
      | option                   |
      | EX 0                     |
      | EX -1                    |
      | PX 0                     |
      | PX -100                  |
      | EXAT 0                   |
      | PXAT -5                  |
      | EX 9223372036854775807   |
      | EX 9223372036854775      |
      | PX 9223372036854775807   |
      | EXAT 9223372036854776    |

  Scenario Outline: SET refuses an expire time that is not an integer: <option>
    When the client runs "SET k v <option>"
    Then the reply is (error) ERR value is not an integer or out of range
    And "EXISTS k" replies (integer) 0

    Examples:
      | option                 |
      | EX abc                 |
      | PX 1.5                 |
      | EXAT 9223372036854775808 |

  Scenario: SET overwrites a key of another type
    Given the client runs "SADD k a"
    When the client runs "SET k v"
    Then the reply is OK
    And "TYPE k" replies string

  # ------------------------------------------------------------------ SETNX, SETEX, PSETEX

  Scenario: SETNX sets a missing key and replies 1
    When the client runs "SETNX k v"
    Then the reply is (integer) 1
    And "GET k" replies "v"

  Scenario: SETNX leaves an existing key alone and replies 0
    Given the client runs "SET k old"
    When the client runs "SETNX k new"
    Then the reply is (integer) 0
    And "GET k" replies "old"

  Scenario Outline: <command> sets a value with a time to live
    When the client runs "<command> k <ttl> v"
    Then the reply is OK
    And "GET k" replies "v"
    And "TTL k" replies (integer) 100

    Examples:
      | command | ttl    |
      | SETEX   | 100    |
      | PSETEX  | 100000 |

  Scenario Outline: <command> refuses the expire time <ttl>
    When the client runs "<command> k <ttl> v"
    Then the reply is (error) ERR invalid expire time in '<name>' command
    And "EXISTS k" replies (integer) 0

    Examples:
      | command | ttl                 | name   |
      | SETEX   | 0                   | setex  |
      | SETEX   | -5                  | setex  |
      | SETEX   | 9223372036854775807 | setex  |
      | PSETEX  | 0                   | psetex |
      | PSETEX  | 9223372036854775807 | psetex |

  Scenario: SETEX refuses a time to live that is not an integer
    When the client runs "SETEX k abc v"
    Then the reply is (error) ERR value is not an integer or out of range

  # ------------------------------------------------------------------ GETEX, GETDEL, GETSET

  Scenario: GETEX without options returns the value and keeps the time to live
    Given the client runs "SET k v EX 100"
    When the client runs "GETEX k"
    Then the reply is "v"
    And "TTL k" replies (integer) 100

  Scenario Outline: GETEX <option> returns the value and sets its expire
    Given the client runs "SET k v"
    When the client runs "GETEX k <option>"
    Then the reply is "v"
    And "<query> k" replies (integer) <expected>

    Examples:
      | option             | query       | expected      |
      | EX 100             | TTL         | 100           |
      | PX 100000          | TTL         | 100           |
      | EXAT 4102444800    | EXPIRETIME  | 4102444800    |
      | PXAT 4102444800123 | PEXPIRETIME | 4102444800123 |

  Scenario: GETEX PERSIST removes the time to live
    Given the client runs "SET k v EX 100"
    When the client runs "GETEX k PERSIST"
    Then the reply is "v"
    And "TTL k" replies (integer) -1

  Scenario Outline: GETEX <option> in the past returns the value and deletes the key
    Given the client runs "SET k v"
    When the client runs "GETEX k <option>"
    Then the reply is "v"
    And "EXISTS k" replies (integer) 0

    Examples:
      | option |
      | EXAT 1 |
      | PXAT 1 |

  Scenario: GETEX of a missing key is nil, even with an invalid expire time
    When the client runs "GETEX nosuchkey EX 0"
    Then the reply is (nil)

  Scenario Outline: GETEX refuses the options <options>
    Given the client runs "SET k v EX 100"
    When the client runs "GETEX k <options>"
    Then the reply is (error) ERR syntax error
    And "TTL k" replies (integer) 100

    Examples:
      | options          |
      | EX 10 PERSIST    |
      | PERSIST EX 10    |
      | EX 10 PX 10000   |
      | KEEPTTL          |
      | NX               |
      | GET              |
      | EX               |
      | FOO              |

  Scenario: GETEX checks its options before looking up the key
    When the client runs "GETEX nosuchkey FOO"
    Then the reply is (error) ERR syntax error

  Scenario Outline: GETEX refuses the expire time <option>
    Given the client runs "SET k v"
    When the client runs "GETEX k <option>"
    Then the reply is (error) ERR invalid expire time in 'getex' command
    And "TTL k" replies (integer) -1

    Examples:
      | option                    |
      | EX 0                      |
      | PX -1                     |
      | EX 9223372036854775807    |
      | EXAT 9223372036854775807  |

  Scenario: GETDEL returns the value and deletes the key
    Given the client runs "SET k v"
    When the client runs "GETDEL k"
    Then the reply is "v"
    And "EXISTS k" replies (integer) 0

  Scenario: GETDEL of a missing key is nil
    When the client runs "GETDEL nosuchkey"
    Then the reply is (nil)

  Scenario: GETSET returns the old value and stores the new one without time to live
    Given the client runs "SET k old EX 100"
    When the client runs "GETSET k new"
    Then the reply is "old"
    And "GET k" replies "new"
    And "TTL k" replies (integer) -1

  Scenario: GETSET on a missing key replies nil and stores the value
    When the client runs "GETSET k new"
    Then the reply is (nil)
    And "GET k" replies "new"

  # ------------------------------------------------------------------ MSET, MSETNX, MGET

  Scenario: MSET sets every key and MGET reads them back in order
    When the client runs "MSET a 1 b 2 c 3"
    Then the reply is OK
    And "MGET c nosuchkey a b" replies:
      """
      1) "3"
      2) (nil)
      3) "1"
      4) "2"
      """

  Scenario: MSET with a key given twice keeps the last value
    When the client runs "MSET a 1 a 2"
    Then the reply is OK
    And "GET a" replies "2"

  Scenario: MSET removes the time to live of the keys it sets
    Given the client runs "SET a v EX 100"
    When the client runs "MSET a w"
    Then "TTL a" replies (integer) -1

  Scenario Outline: <command> needs keys and values in pairs
    When the client runs "<command> a 1 b"
    Then the reply is (error) ERR wrong number of arguments for '<name>' command

    Examples:
      | command | name   |
      | MSET    | mset   |
      | MSETNX  | msetnx |

  Scenario: MSETNX sets every key when none exists
    When the client runs "MSETNX a 1 b 2"
    Then the reply is (integer) 1
    And "MGET a b" replies:
      """
      1) "1"
      2) "2"
      """

  Scenario: MSETNX sets nothing when any key exists
    Given the client runs "SET b old"
    When the client runs "MSETNX a 1 b 2"
    Then the reply is (integer) 0
    And "MGET a b" replies:
      """
      1) (nil)
      2) "old"
      """

  Scenario: MSETNX with a key given twice keeps the last value
    When the client runs "MSETNX a 1 a 2"
    Then the reply is (integer) 1
    And "GET a" replies "2"

  @resp3
  Scenario: MGET replies RESP3 nulls for missing keys
    Given the client runs "SET a 1"
    When the client switches to RESP3
    And the client runs "MGET a nosuchkey"
    Then the reply is:
      """
      1) "1"
      2) (null)
      """

  Scenario: MGET replies nil for a key of another type
    Given the client runs:
      """
      SADD set a
      SET s v
      """
    When the client runs "MGET set s"
    Then the reply is:
      """
      1) (nil)
      2) "v"
      """

  # ------------------------------------------------------------------ APPEND and STRLEN

  Scenario: APPEND creates a missing key
    When the client runs "APPEND k hello"
    Then the reply is (integer) 5
    And "GET k" replies "hello"

  Scenario: APPEND adds to the end and replies the new length
    Given the client runs "SET k hello"
    When the client runs "APPEND k world"
    Then the reply is (integer) 10
    And "GET k" replies "helloworld"

  Scenario: APPEND to an integer appends to its decimal text
    Given the client runs "SET k -12345"
    When the client runs "APPEND k 6"
    Then the reply is (integer) 7
    And "INCR k" replies (integer) -123455

  Scenario: APPEND keeps the time to live
    Given the client runs "SET k v EX 100"
    When the client runs "APPEND k w"
    Then "TTL k" replies (integer) 100

  Scenario Outline: STRLEN of <what>
    Given the client runs "SET k <value>"
    When the client runs "STRLEN k"
    Then the reply is (integer) <length>

    Examples:
      | what               | value                | length |
      | a word             | hello                | 5      |
      | a negative integer | -12345               | 6      |
      | the smallest long  | -9223372036854775808 | 20     |

  Scenario: STRLEN of a missing key is 0
    When the client runs "STRLEN nosuchkey"
    Then the reply is (integer) 0

  # ------------------------------------------------------------------ INCR, DECR, INCRBY, DECRBY

  Scenario Outline: <command> on <state> key
    Given the client runs:
      """
      <setup>
      """
    When the client runs "<command>"
    Then the reply is (integer) <result>
    And "GET k" replies "<result>"

    Examples:
      | command                     | state         | setup                    | result               |
      | INCR k                      | a missing     | DEL k                    | 1                    |
      | DECR k                      | a missing     | DEL k                    | -1                   |
      | INCR k                      | a counter     | SET k 41                 | 42                   |
      | DECR k                      | a counter     | SET k 0                  | -1                   |
      | INCRBY k 100                | a counter     | SET k -50                | 50                   |
      | INCRBY k -9223372036854775808 | a zero      | SET k 0                  | -9223372036854775808 |
      | DECRBY k 10                 | a counter     | SET k 5                  | -5                   |
      | DECRBY k -9223372036854775807 | a zero      | SET k 0                  | 9223372036854775807  |
      | INCR k                      | a maximum -1  | SET k 9223372036854775806 | 9223372036854775807 |

  Scenario Outline: INCR refuses the stored value "<value>"
    Given the client runs:
      """
      SET k "<value>"
      """
    When the client runs "INCR k"
    Then the reply is (error) ERR value is not an integer or out of range

    Examples:
      | value                |
      | abc                  |
      | 1.5                  |
      | 0x10                 |
      | +5                   |
      | 05                   |
      | -0                   |
      | 9223372036854775808  |

  Scenario: INCR refuses a stored integer with a leading space
    Given the client runs:
      """
      SET k " 5"
      """
    When the client runs "INCR k"
    Then the reply is (error) ERR value is not an integer or out of range

  Scenario Outline: <command> refuses the increment <increment>
    Given the client runs "SET k 5"
    When the client runs "<command> k <increment>"
    Then the reply is (error) ERR value is not an integer or out of range
    And "GET k" replies "5"

    Examples:
      | command | increment           |
      | INCRBY  | abc                 |
      | INCRBY  | 1.5                 |
      | DECRBY  | 9223372036854775808 |

  Scenario Outline: <command> refuses to overflow
    Given the client runs "SET k <value>"
    When the client runs "<command>"
    Then the reply is (error) ERR increment or decrement would overflow
    And "GET k" replies "<value>"

    Examples:
      | value                | command                      |
      | 9223372036854775807  | INCR k                       |
      | -9223372036854775808 | DECR k                       |
      | 1                    | INCRBY k 9223372036854775807 |
      | -2                   | DECRBY k 9223372036854775807 |

  Scenario: DECRBY refuses the one decrement that cannot be negated, before looking at the key
    Given the client runs "SET k abc"
    When the client runs "DECRBY k -9223372036854775808"
    Then the reply is (error) ERR decrement would overflow

  Scenario: INCR keeps the time to live
    Given the client runs "SET k 1 EX 100"
    When the client runs "INCR k"
    Then "TTL k" replies (integer) 100

  # ------------------------------------------------------------------ INCRBYFLOAT

  Scenario Outline: INCRBYFLOAT <start> by <increment> is <result>
    Given the client runs "SET k <start>"
    When the client runs "INCRBYFLOAT k <increment>"
    Then the reply is "<result>"
    And "GET k" replies "<result>"

    Examples:
      | start   | increment           | result                  |
      | 10.50   | 0.1                 | 10.6                    |
      | 10.6    | -5.0e3              | -4989.39999999999999991 |
      | 0       | 3.0e3               | 3000                    |
      | 1.5     | 1.5                 | 3                       |
      | 17      | 0.5                 | 17.5                    |
      | 0.1     | 0.2                 | 0.3                     |
      | 0       | 0x10                | 16                      |
      | 16      | 0x1p-2              | 16.25                   |
      | 0       | 0x1p-18             | 0.00000381469726562     |
      | 0       | 1e-17               | 0.00000000000000001     |
      | 0       | 0.000000000000000005 | 0                      |
      | -0      | 0                   | 0                       |
      | 0       | 1.23456789012345678 | 1.23456789012345678     |
      | 0       | 1234567890123456789 | 1234567890123456789     |
      | 0       | 1e20                | 100000000000000000000   |
      | 5       | .5                  | 5.5                     |
      | 5       | 5.                  | 10                      |
      | 5.5     | 1e-4940             | 5.5                     |

  Scenario: INCRBYFLOAT on a missing key starts from zero
    When the client runs "INCRBYFLOAT k 5.0e3"
    Then the reply is "5000"

  @resp3
  Scenario: INCRBYFLOAT replies a bulk string in RESP3 too
    When the client switches to RESP3
    And the client runs "INCRBYFLOAT k 1.5"
    Then the reply is "1.5"

  Scenario Outline: INCRBYFLOAT refuses the increment <increment>
    Given the client runs "SET k 1"
    When the client runs 'INCRBYFLOAT k "<increment>"'
    Then the reply is (error) ERR value is not a valid float
    And "GET k" replies "1"

    Examples:
      | increment |
      | abc       |
      | nan       |
      | 1e        |
      | .         |
      | 0x        |
      | 1.0d      |
      | 1e5000    |
      | 1e-5000   |

  Scenario Outline: INCRBYFLOAT refuses an increment with spaces or no digits: "<increment>"
    When the client runs 'INCRBYFLOAT k "<increment>"'
    Then the reply is (error) ERR value is not a valid float

    Examples:
      | increment |
      | \x201    |
      | 1\x20    |
      |           |

  Scenario Outline: INCRBYFLOAT refuses the stored value "<value>"
    Given the client runs:
      """
      SET k "<value>"
      """
    When the client runs "INCRBYFLOAT k 1"
    Then the reply is (error) ERR value is not a valid float

    Examples:
      | value      |
      | abc        |
      | \x201.5   |
      | 1.5\x20   |
      | 1e5000     |

  Scenario Outline: INCRBYFLOAT refuses a result that is not finite (<start> + <increment>)
    Given the client runs "SET k <start>"
    When the client runs "INCRBYFLOAT k <increment>"
    Then the reply is (error) ERR increment would produce NaN or Infinity
    And "GET k" replies "<start>"

    Examples:
      | start     | increment |
      | 1         | inf       |
      | 1         | -inf      |
      | 1         | Infinity  |
      | inf       | 1         |
      | 1.18e4932 | 1.18e4932 |

  Scenario: INCRBYFLOAT keeps the time to live
    Given the client runs "SET k 1.5 EX 100"
    When the client runs "INCRBYFLOAT k 1"
    Then "TTL k" replies (integer) 100

  # ------------------------------------------------------------------ SETRANGE

  Scenario: SETRANGE overwrites part of a value
    Given the client runs "SET k hello"
    When the client runs "SETRANGE k 2 XY"
    Then the reply is (integer) 5
    And "GET k" replies "heXYo"

  Scenario: SETRANGE past the end pads with zero bytes
    Given the client runs "SET k hello"
    When the client runs "SETRANGE k 7 Z"
    Then the reply is (integer) 8
    And "GET k" replies "hello\x00\x00Z"

  Scenario: SETRANGE on a missing key pads from the start
    When the client runs "SETRANGE k 3 ab"
    Then the reply is (integer) 5
    And "GETRANGE k 3 4" replies "ab"
    And "GETRANGE k 0 0" replies "\x00"

  Scenario: SETRANGE with an empty value does not create a key
    When the client runs 'SETRANGE k 5 ""'
    Then the reply is (integer) 0
    And "EXISTS k" replies (integer) 0

  Scenario: SETRANGE with an empty value replies the length of an existing value
    Given the client runs "SET k hello"
    When the client runs 'SETRANGE k 536870912 ""'
    Then the reply is (integer) 5
    And "GET k" replies "hello"

  Scenario: SETRANGE refuses a negative offset
    When the client runs "SETRANGE k -1 x"
    Then the reply is (error) ERR offset is out of range

  Scenario: SETRANGE refuses an offset that is not an integer
    When the client runs "SETRANGE k x x"
    Then the reply is (error) ERR value is not an integer or out of range

  Scenario Outline: SETRANGE refuses a result longer than proto-max-bulk-len (offset <offset>)
    Given the client runs "SET k hello"
    When the client runs "SETRANGE k <offset> <value>"
    Then the reply is (error) ERR string exceeds maximum allowed size (proto-max-bulk-len)
    And "GET k" replies "hello"

    Examples:
      | offset              | value |
      | 536870912           | x     |
      | 536870911           | xy    |
      | 9223372036854775807 | x     |

  Scenario: SETRANGE keeps the time to live
    Given the client runs "SET k hello EX 100"
    When the client runs "SETRANGE k 0 j"
    Then "TTL k" replies (integer) 100

  # ------------------------------------------------------------------ GETRANGE and SUBSTR

  Scenario Outline: GETRANGE k <start> <end> of "hello" is "<slice>"
    Given the client runs "SET k hello"
    When the client runs "GETRANGE k <start> <end>"
    Then the reply is "<slice>"

    Examples:
      | start                | end                 | slice |
      | 0                    | -1                  | hello |
      | 1                    | 3                   | ell   |
      | -3                   | -2                  | ll    |
      | -100                 | -1                  | hello |
      | 0                    | -100                | h     |
      | 4                    | 100                 | o     |
      | -1                   | -5                  |       |
      | 3                    | 1                   |       |
      | 5                    | 10                  |       |
      | -9223372036854775808 | 9223372036854775807 | hello |

  Scenario: GETRANGE of a missing key is an empty string
    When the client runs "GETRANGE nosuchkey 0 -1"
    Then the reply is ""

  Scenario: GETRANGE reads an integer value as its decimal text
    Given the client runs "SET k 12345"
    When the client runs "GETRANGE k 1 2"
    Then the reply is "23"

  Scenario: GETRANGE refuses an index that is not an integer, even on a missing key
    When the client runs "GETRANGE nosuchkey 0 9223372036854775808"
    Then the reply is (error) ERR value is not an integer or out of range

  Scenario: SUBSTR is the old name of GETRANGE
    Given the client runs "SET k hello"
    When the client runs "SUBSTR k 1 -2"
    Then the reply is "ell"

  # ------------------------------------------------------------------ LCS

  Scenario: LCS replies the longest common subsequence
    Given the client runs "MSET key1 ohmytext key2 mynewtext"
    When the client runs "LCS key1 key2"
    Then the reply is "mytext"

  Scenario: LCS LEN replies its length
    Given the client runs "MSET key1 ohmytext key2 mynewtext"
    When the client runs "LCS key1 key2 LEN"
    Then the reply is (integer) 6

  Scenario: LCS IDX replies the matching ranges from the end, and the length
    Given the client runs "MSET key1 ohmytext key2 mynewtext"
    When the client runs "LCS key1 key2 IDX"
    Then the reply is:
      """
      1) "matches"
      2) 1) 1) 1) (integer) 4
               2) (integer) 7
            2) 1) (integer) 5
               2) (integer) 8
         2) 1) 1) (integer) 2
               2) (integer) 3
            2) 1) (integer) 0
               2) (integer) 1
      3) "len"
      4) (integer) 6
      """

  Scenario: LCS IDX MINMATCHLEN WITHMATCHLEN keeps the long ranges, with their lengths
    Given the client runs "MSET key1 ohmytext key2 mynewtext"
    When the client runs "LCS key1 key2 IDX MINMATCHLEN 4 WITHMATCHLEN"
    Then the reply is:
      """
      1) "matches"
      2) 1) 1) 1) (integer) 4
               2) (integer) 7
            2) 1) (integer) 5
               2) (integer) 8
            3) (integer) 4
      3) "len"
      4) (integer) 6
      """

  Scenario: LCS IDX with a MINMATCHLEN above every range still replies the full length
    Given the client runs "MSET key1 ohmytext key2 mynewtext"
    When the client runs "LCS key1 key2 IDX MINMATCHLEN 100"
    Then the reply is:
      """
      1) "matches"
      2) (empty array)
      3) "len"
      4) (integer) 6
      """

  @resp3
  Scenario: LCS IDX replies a map in RESP3
    Given the client runs "MSET key1 ohmytext key2 mynewtext"
    When the client switches to RESP3
    And the client runs "LCS key1 key2 IDX MINMATCHLEN 4 WITHMATCHLEN"
    Then the reply is:
      """
      1# "matches" =>
         1) 1) 1) (integer) 4
               2) (integer) 7
            2) 1) (integer) 5
               2) (integer) 8
            3) (integer) 4
      2# "len" => (integer) 6
      """

  @resp3
  Scenario: LCS IDX of missing keys replies an empty map entry in RESP3
    When the client switches to RESP3
    And the client runs "LCS nokey1 nokey2 IDX"
    Then the reply is:
      """
      1# "matches" => (empty array)
      2# "len" => (integer) 0
      """

  Scenario Outline: LCS treats a missing key as an empty string (<options>)
    Given the client runs "SET key1 hello"
    When the client runs "LCS key1 nosuchkey <options>"
    Then the reply is <reply>

    Examples:
      | options | reply       |
      | LEN     | (integer) 0 |
      | WITHMATCHLEN | ""     |

  Scenario Outline: LCS refuses the options <options>
    Given the client runs "MSET key1 ohmytext key2 mynewtext"
    When the client runs "LCS key1 key2 <options>"
    Then the reply is (error) <error>

    Examples:
      | options         | error                                                               |
      | LEN IDX         | ERR If you want both the length and indexes, please just use IDX. |
      | idx len         | ERR If you want both the length and indexes, please just use IDX. |
      | FOO             | ERR syntax error                                                    |
      | MINMATCHLEN     | ERR syntax error                                                    |
      | MINMATCHLEN x   | ERR value is not an integer or out of range                         |

  @needs:config
  Scenario: LCS refuses a table larger than proto-max-bulk-len
    Given the config "proto-max-bulk-len" is set to "1048576"
    And the client runs:
      """
      SETRANGE a1 599 a
      SETRANGE a2 599 a
      """
    When the client runs "LCS a1 a2 LEN"
    Then the reply is (error) ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len

  @needs:config
  Scenario: LCS accepts a table within proto-max-bulk-len
    Given the config "proto-max-bulk-len" is set to "1048576"
    And the client runs:
      """
      SETRANGE a1 599 a
      SETRANGE a2 399 a
      """
    When the client runs "LCS a1 a2 LEN"
    Then the reply is (integer) 400

  @needs:config
  Scenario: APPEND refuses a result longer than proto-max-bulk-len
    Given the config "proto-max-bulk-len" is set to "1048576"
    And the client runs "SETRANGE k 1048575 x"
    When the client runs "APPEND k y"
    Then the reply is (error) ERR string exceeds maximum allowed size (proto-max-bulk-len)
    And "STRLEN k" replies (integer) 1048576

  # ------------------------------------------------------------------ keys of another type (a set here)

  Scenario Outline: <command> on a set is a WRONGTYPE error
    Given the client runs "SADD k a"
    When the client runs "<command>"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value
    And "TYPE k" replies set

    Examples:
      | command               |
      | GET k                 |
      | GETEX k EX 100        |
      | GETDEL k              |
      | GETSET k v            |
      | SET k v GET           |
      | SET k v NX GET        |
      | APPEND k v            |
      | STRLEN k              |
      | INCR k                |
      | DECR k                |
      | INCRBY k 1            |
      | DECRBY k 1            |
      | INCRBYFLOAT k 1       |
      | INCRBYFLOAT k abc     |
      | SETRANGE k 0 v        |
      | GETRANGE k 0 -1       |
      | SUBSTR k 0 -1         |

  Scenario Outline: <command> on a set checks its arguments before the type
    Given the client runs "SADD k a"
    When the client runs "<command>"
    Then the reply is (error) <error>

    Examples:
      | command            | error                                       |
      | GETEX k FOO        | ERR syntax error                            |
      | GETEX k EX 0       | WRONGTYPE Operation against a key holding the wrong kind of value |
      | SET k v EX 0 GET   | ERR invalid expire time in 'set' command    |
      | INCRBY k abc       | ERR value is not an integer or out of range |
      | SETRANGE k -1 v    | ERR offset is out of range                  |
      | GETRANGE k a 1     | ERR value is not an integer or out of range |

  Scenario Outline: <command> does not overwrite a set
    Given the client runs "SADD k a"
    When the client runs "<command>"
    Then the reply is (integer) 0
    And "TYPE k" replies set

    Examples:
      | command           |
      | SETNX k v         |
      | MSETNX other v k v |

  Scenario: LCS refuses keys that are not strings
    Given the client runs:
      """
      SADD set a
      SET s abc
      """
    When the client runs "LCS s set LEN IDX"
    Then the reply is (error) ERR The specified keys must contain string values

  # ------------------------------------------------------------------ encodings

  @object-encoding
  Scenario Outline: <how> gives the encoding <encoding>
    Given the client runs:
      """
      <setup>
      <command>
      """
    When the client runs "OBJECT ENCODING k"
    Then the reply is "<encoding>"

    Examples:
      | how                                 | setup      | command                                             | encoding |
      | SET of an integer                   | DEL k      | SET k 12345                                         | int      |
      | SET of the smallest long            | DEL k      | SET k -9223372036854775808                          | int      |
      | SET of a number past the long range | DEL k      | SET k 9223372036854775808                           | embstr   |
      | SET of a zero-padded number         | DEL k      | SET k 012                                           | embstr   |
      | SET of 44 bytes                     | DEL k      | SET k 12345678901234567890123456789012345678901234  | embstr   |
      | SET of 45 bytes                     | DEL k      | SET k 123456789012345678901234567890123456789012345 | raw      |
      | APPEND to a missing key             | DEL k      | APPEND k 123                                        | int      |
      | APPEND of nothing                   | SET k abc  | APPEND k ""                                         | raw      |
      | APPEND to a short string            | SET k abc  | APPEND k d                                          | raw      |
      | SETRANGE on a missing key           | DEL k      | SETRANGE k 0 x                                      | raw      |
      | SETRANGE of a short string          | SET k abc  | SETRANGE k 0 x                                      | raw      |
      | SETRANGE of nothing                 | SET k abc  | SETRANGE k 0 ""                                     | embstr   |
      | INCR of a counter                   | SET k 5    | INCR k                                              | int      |
      | INCRBY on a missing key             | DEL k      | INCRBY k 100000                                     | int      |
      | INCRBYFLOAT to a whole number       | SET k 1.5  | INCRBYFLOAT k 1.5                                   | embstr   |
      | INCRBYFLOAT to a long number        | DEL k      | INCRBYFLOAT k 1e50                                  | raw      |
      | GETSET of an integer                | SET k abc  | GETSET k 77                                         | int      |
      | MSET of an integer                  | DEL k      | MSET k 7 other abc                                  | int      |
      | SETEX of an integer                 | DEL k      | SETEX k 100 42                                      | int      |
