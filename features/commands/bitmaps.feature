@bitmaps
Feature: Bitmap commands
  A bitmap is a string seen as an array of bits: bit 0 is the most significant bit of the first byte.
  Reads see the bits past the end of the string as zeros and an integer-encoded string as its decimal
  text; writes grow the string with zero bytes and leave it raw-encoded. Offsets are bounded by
  proto-max-bulk-len (512 MB, so 2^32 bits). Every expectation here was first seen from real Redis 7.0.15.

  # ------------------------------------------------------------------ SETBIT and GETBIT

  Scenario: SETBIT on a missing key creates a zero-padded raw string and replies the old bit
    When the client runs "SETBIT k 7 1"
    Then the reply is (integer) 0
    And "GET k" replies "\x01"
    And "OBJECT ENCODING k" replies "raw"

  Scenario: SETBIT replies the previous value of the bit
    Given the client runs "SETBIT k 7 1"
    When the client runs "SETBIT k 7 0"
    Then the reply is (integer) 1
    And "GET k" replies "\x00"

  Scenario: SETBIT past the end grows the string with zero bytes
    Given the client runs "SET k a"
    When the client runs "SETBIT k 23 1"
    Then the reply is (integer) 0
    And "GET k" replies "a\x00\x01"

  Scenario: SETBIT of 0 on a missing key still creates the key
    When the client runs "SETBIT k 0 0"
    Then the reply is (integer) 0
    And "STRLEN k" replies (integer) 1

  Scenario: SETBIT on an integer-encoded string works on its decimal text and leaves it raw
    Given the client runs "SET n 12"
    When the client runs "SETBIT n 0 0"
    Then the reply is (integer) 0
    And "GET n" replies "12"
    And "OBJECT ENCODING n" replies "raw"

  Scenario: GETBIT reads an integer-encoded string as its decimal text
    Given the client runs "SET n 12"
    When the client runs "GETBIT n 2"
    Then the reply is (integer) 1

  Scenario: GETBIT past the end of the string or on a missing key is 0
    Given the client runs "SET k a"
    Then "GETBIT k 100" replies (integer) 0
    And "GETBIT nokey 0" replies (integer) 0
    And "GETBIT k 4294967295" replies (integer) 0

  Scenario Outline: <command> refuses the offset in "<args>"
    When the client runs "<command> k <args>"
    Then the reply is (error) ERR bit offset is not an integer or out of range

    Examples:
      | command | args         |
      | SETBIT  | -1 1         |
      | SETBIT  | 4294967296 1 |
      | SETBIT  | abc 1        |
      | SETBIT  | #1 1         |
      | GETBIT  | -1           |
      | GETBIT  | 4294967296   |

  Scenario Outline: SETBIT refuses the bit value <value>
    When the client runs "SETBIT k 1 <value>"
    Then the reply is (error) ERR bit is not an integer or out of range
    And "EXISTS k" replies (integer) 0

    Examples:
      | value |
      | 2     |
      | -1    |
      | x     |

  @needs:config
  Scenario: The largest bit offset follows proto-max-bulk-len
    Given the config "proto-max-bulk-len" is set to "1mb"
    When the client runs "SETBIT k 8388608 1"
    Then the reply is (error) ERR bit offset is not an integer or out of range
    And "SETBIT k 8388607 1" replies (integer) 0
    And "STRLEN k" replies (integer) 1048576

  @needs:config
  Scenario: A SETBIT that changes nothing fires no keyspace event
    Given the client runs "SETBIT k 1 1"
    And the client runs "CONFIG SET notify-keyspace-events KEA"
    And client "S" runs "SUBSCRIBE __keyevent@0__:setbit"
    When the client runs "SETBIT k 1 1"
    And the client runs "SETBIT k 2 1"
    Then client "S" receives ["message", "__keyevent@0__:setbit", "k"]
    And client "S" gets nothing more within 200 ms

  Scenario: SETBIT touches a watched key
    Given the client runs "SET k a"
    And the client runs "WATCH k"
    And client "B" runs "SETBIT k 0 1"
    And the client runs "MULTI"
    And the client runs "GET k"
    When the client runs "EXEC"
    Then the reply is (nil array)

  # ------------------------------------------------------------------ BITCOUNT

  Scenario Outline: BITCOUNT counts the set bits of a range: <range>
    Given the client runs "SET s foobar"
    When the client runs "BITCOUNT s <range>"
    Then the reply is (integer) <count>

    Examples:
      | range        | count |
      |              | 26    |
      | 0 0          | 4     |
      | 1 1          | 6     |
      | 1 1 BYTE     | 6     |
      | -2 -1        | 7     |
      | -100 100     | 26    |
      | -1 -2        | 0     |
      | 5 30 BIT     | 17    |
      | 5 30 bit     | 17    |
      | -3 -1 BIT    | 1     |
      | 7 0 BIT      | 0     |
      | -9223372036854775808 -1 BIT | 26 |

  Scenario: BITCOUNT of a missing key is 0 whatever the arguments
    When the client runs "BITCOUNT nokey a b"
    Then the reply is (integer) 0

  Scenario: BITCOUNT counts an integer-encoded string's decimal text
    Given the client runs "SET n 1234"
    When the client runs "BITCOUNT n"
    Then the reply is (integer) 13

  Scenario Outline: BITCOUNT refuses <args>
    Given the client runs "SET s foobar"
    When the client runs "BITCOUNT s <args>"
    Then the reply is (error) <error>

    Examples:
      | args           | error                                      |
      | 0              | ERR syntax error                           |
      | 0 0 xx         | ERR syntax error                           |
      | 0 1 BIT extra  | ERR syntax error                           |
      | a 1            | ERR value is not an integer or out of range |
      | a 0 xx         | ERR value is not an integer or out of range |

  # ------------------------------------------------------------------ BITPOS

  Scenario Outline: BITPOS finds the first <bit> bit of <key> in <range>
    Given the client runs 'SET s foobar'
    And the client runs 'SET ff "\xff\xff\xff"'
    When the client runs "BITPOS <key> <bit> <range>"
    Then the reply is (integer) <pos>

    Examples:
      | key | bit | range           | pos |
      | s   | 1   |                 | 1   |
      | s   | 0   |                 | 0   |
      | s   | 1   | 2 -1            | 17  |
      | s   | 1   | 7 15 BIT        | 9   |
      | s   | 0   | 7 15 bit        | 7   |
      | s   | 1   | -100 100 BYTE   | 1   |
      | s   | 1   | -1 -2           | -1  |
      | s   | 1   | -100 -200       | 1   |
      | s   | 1   | 100             | -1  |
      | ff  | 0   |                 | 24  |
      | ff  | 0   | 1               | 24  |
      | ff  | 0   | 0 -1            | -1  |
      | ff  | 0   | 0 -1 BIT        | -1  |
      | ff  | 1   | 9 -1 BIT        | 9   |

  Scenario Outline: BITPOS on a missing key: no 1 bit, a 0 bit at position 0
    When the client runs "BITPOS nokey <bit> <range>"
    Then the reply is (integer) <pos>

    Examples:
      | bit | range | pos |
      | 0   |       | 0   |
      | 1   |       | -1  |
      | 1   | a     | -1  |

  Scenario: BITPOS on an empty string finds neither bit
    Given the client runs 'SET e ""'
    Then "BITPOS e 0" replies (integer) -1
    And "BITPOS e 1" replies (integer) -1

  Scenario Outline: BITPOS refuses <args>
    Given the client runs "SET s foobar"
    When the client runs "BITPOS <key> <args>"
    Then the reply is (error) <error>

    Examples:
      | key   | args        | error                                      |
      | s     | 2           | ERR The bit argument must be 1 or 0.       |
      | nokey | -1          | ERR The bit argument must be 1 or 0.       |
      | s     | a           | ERR value is not an integer or out of range |
      | s     | 1 a         | ERR value is not an integer or out of range |
      | s     | 1 0 a       | ERR value is not an integer or out of range |
      | s     | 1 5 BIT     | ERR value is not an integer or out of range |
      | s     | 1 0 1 xx    | ERR syntax error                           |
      | s     | 1 0 a xx    | ERR syntax error                           |
      | s     | 1 0 1 BIT 3 | ERR syntax error                           |

  # ------------------------------------------------------------------ BITOP

  Scenario Outline: BITOP <op> combines the sources byte by byte, the shorter ones zero-padded
    Given the client runs "SET a foobar"
    And the client runs "SET b x"
    When the client runs "BITOP <op> dest <sources>"
    Then the reply is (integer) 6
    And "GET dest" replies <result>
    And "OBJECT ENCODING dest" replies "raw"

    Examples:
      | op  | sources | result                                   |
      | AND | b a     | "`\x00\x00\x00\x00\x00"                  |
      | OR  | b a     | "~oobar"                                 |
      | XOR | b a     | "\x1eoobar"                              |
      | and | a       | "foobar"                                 |
      | NOT | a       | "\x99\x90\x90\x9d\x9e\x8d"               |

  Scenario: BITOP treats a missing source as an empty string
    Given the client runs "SET a foobar"
    When the client runs "BITOP AND dest nokey a"
    Then the reply is (integer) 6
    And "GET dest" replies "\x00\x00\x00\x00\x00\x00"

  Scenario: BITOP reads an integer-encoded source as its decimal text
    Given the client runs "SET n 12"
    When the client runs "BITOP OR dest n"
    Then the reply is (integer) 2
    And "GET dest" replies "12"

  Scenario: BITOP with only empty sources deletes the destination
    Given the client runs "SET dest x"
    When the client runs "BITOP OR dest nokey1 nokey2"
    Then the reply is (integer) 0
    And "EXISTS dest" replies (integer) 0

  Scenario: BITOP replaces the destination whatever its type, and its TTL
    Given the client runs:
      """
      SET a foobar
      RPUSH dest x
      EXPIRE dest 100
      """
    When the client runs "BITOP AND dest a"
    Then the reply is (integer) 6
    And "TYPE dest" replies string
    And "TTL dest" replies (integer) -1

  Scenario Outline: BITOP refuses <case>
    Given the client runs "SET a foobar"
    When the client runs "BITOP <args>"
    Then the reply is (error) <error>

    Examples:
      | case                 | args          | error                                                  |
      | an unknown operation | NAND dest a   | ERR syntax error                                       |
      | NOT with two sources | NOT dest a a  | ERR BITOP NOT must be called with a single source key. |
      | no source            | AND dest      | ERR wrong number of arguments for 'bitop' command      |

  # ------------------------------------------------------------------ BITFIELD

  Scenario: BITFIELD SET replies the old value and GET reads signed and unsigned fields
    When the client runs "BITFIELD k SET u8 0 255 GET u8 0 GET i8 0 GET u4 4 GET i4 4"
    Then the reply is [(integer) 0, (integer) 255, (integer) -1, (integer) 15, (integer) -1]
    And "GET k" replies "\xff"
    And "OBJECT ENCODING k" replies "raw"

  Scenario: BITFIELD fields cross byte boundaries
    When the client runs "BITFIELD w SET i5 3 -7 GET u5 3 GET i13 1 GET u7 0"
    Then the reply is [(integer) 0, (integer) 25, (integer) 1600, (integer) 12]
    And "GET w" replies "\x19"

  Scenario: BITFIELD #N offsets count in units of the field's width
    When the client runs "BITFIELD k SET u8 #1 7 GET u4 #3 GET u8 8"
    Then the reply is [(integer) 0, (integer) 7, (integer) 7]
    And "GET k" replies "\x00\a"

  Scenario: BITFIELD INCRBY replies the new value
    Given the client runs "BITFIELD k SET u8 0 10"
    When the client runs "BITFIELD k INCRBY u8 0 5 INCRBY i8 0 -20"
    Then the reply is [(integer) 15, (integer) -5]

  Scenario: BITFIELD on 64-bit fields: i64 holds the full range, u63 the non-negative one
    When the client runs "BITFIELD k SET i64 0 -9223372036854775808 GET i64 0 GET u63 0 GET u63 1"
    Then the reply is [(integer) 0, (integer) -9223372036854775808, (integer) 4611686018427387904, (integer) 0]

  Scenario: BITFIELD with only GETs on a missing key creates nothing
    When the client runs "BITFIELD nokey GET u8 100"
    Then the reply is [(integer) 0]
    And "EXISTS nokey" replies (integer) 0

  Scenario: BITFIELD without operations replies an empty array
    When the client runs "BITFIELD k"
    Then the reply is (empty array)

  Scenario Outline: BITFIELD INCRBY <type> from <start> by <incr> with OVERFLOW <overflow>
    Given the client runs "BITFIELD k SET <type> 0 <start>"
    When the client runs "BITFIELD k OVERFLOW <overflow> INCRBY <type> 0 <incr> GET <type> 0"
    Then the reply is [<reply>, (integer) <stored>]

    Examples:
      | type | start                | overflow | incr                 | reply                          | stored               |
      | u8   | 250                  | WRAP     | 10                   | (integer) 4                    | 4                    |
      | u8   | 250                  | SAT      | 10                   | (integer) 255                  | 255                  |
      | u8   | 250                  | FAIL     | 10                   | (nil)                          | 250                  |
      | u8   | 5                    | WRAP     | -10                  | (integer) 251                  | 251                  |
      | u8   | 5                    | SAT      | -10                  | (integer) 0                    | 0                    |
      | u8   | 5                    | FAIL     | -10                  | (nil)                          | 5                    |
      | i8   | 120                  | WRAP     | 10                   | (integer) -126                 | -126                 |
      | i8   | 120                  | SAT      | 10                   | (integer) 127                  | 127                  |
      | i8   | -120                 | SAT      | -10                  | (integer) -128                 | -128                 |
      | i8   | -120                 | FAIL     | -10                  | (nil)                          | -120                 |
      | i64  | 9223372036854775807  | WRAP     | 1                    | (integer) -9223372036854775808 | -9223372036854775808 |
      | i64  | 9223372036854775807  | SAT      | 1                    | (integer) 9223372036854775807  | 9223372036854775807  |
      | i64  | -1                   | SAT      | -9223372036854775808 | (integer) -9223372036854775808 | -9223372036854775808 |
      | u63  | 9223372036854775807  | WRAP     | 1                    | (integer) 0                    | 0                    |
      | u2   | 3                    | FAIL     | 0                    | (integer) 3                    | 3                    |

  Scenario Outline: BITFIELD SET <value> into <type> with OVERFLOW <overflow>
    When the client runs "BITFIELD k OVERFLOW <overflow> SET <type> 0 <value> GET <type> 0"
    Then the reply is [<reply>, (integer) <stored>]

    Examples:
      | type | value | overflow | reply       | stored |
      | u8   | -1    | WRAP     | (integer) 0 | 255    |
      | u8   | -1    | SAT      | (integer) 0 | 255    |
      | u8   | 256   | FAIL     | (nil)       | 0      |
      | i8   | 200   | WRAP     | (integer) 0 | -56    |
      | i8   | -200  | SAT      | (integer) 0 | -128   |

  Scenario: OVERFLOW applies to the operations after it only
    Given the client runs "BITFIELD k SET u8 0 250"
    When the client runs "BITFIELD k INCRBY u8 0 10 OVERFLOW SAT INCRBY u8 0 300"
    Then the reply is [(integer) 4, (integer) 255]

  Scenario: An OVERFLOW FAIL that writes nothing still creates the key
    When the client runs "BITFIELD k OVERFLOW FAIL INCRBY u2 0 7"
    Then the reply is [(nil)]
    And "GET k" replies "\x00"

  @resp3
  Scenario: In RESP3 a failed BITFIELD operation is a null
    Given the client switches to RESP3
    When the client runs "BITFIELD k OVERFLOW FAIL INCRBY u2 0 7 GET u2 0"
    Then the reply is [(null), (integer) 0]

  Scenario Outline: BITFIELD refuses <args>
    When the client runs "BITFIELD k <args>"
    Then the reply is (error) <error>
    And "EXISTS k" replies (integer) 0

    Examples:
      | args                     | error                                                                                           |
      | SET u64 0 1              | ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is. |
      | SET i65 0 1              | ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is. |
      | GET u0 0                 | ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is. |
      | GET I8 0                 | ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is. |
      | SET u8 -1 1              | ERR bit offset is not an integer or out of range                                                |
      | GET u8 #-1               | ERR bit offset is not an integer or out of range                                                |
      | GET u8 #                 | ERR bit offset is not an integer or out of range                                                |
      | GET u8 4294967296        | ERR bit offset is not an integer or out of range                                                |
      | GET u8 #536870912        | ERR bit offset is not an integer or out of range                                                |
      | SET u8 0 a               | ERR value is not an integer or out of range                                                     |
      | SET u8 0                 | ERR syntax error                                                                                |
      | GET u8                   | ERR syntax error                                                                                |
      | OVERFLOW                 | ERR syntax error                                                                                |
      | FOO u8 0                 | ERR syntax error                                                                                |
      | SET u8 0 1 OVERFLOW NONE | ERR Invalid OVERFLOW type specified                                                             |

  Scenario: BITFIELD parses every operation before it checks the key's type
    Given the client runs "RPUSH l a"
    When the client runs "BITFIELD l FOO"
    Then the reply is (error) ERR syntax error

  # ------------------------------------------------------------------ BITFIELD_RO

  Scenario: BITFIELD_RO reads fields and accepts OVERFLOW
    Given the client runs "BITFIELD k SET u8 0 255"
    When the client runs "BITFIELD_RO k OVERFLOW SAT GET u8 0 GET i4 0"
    Then the reply is [(integer) 255, (integer) -1]

  Scenario Outline: BITFIELD_RO refuses <sub>, even on a key of another type
    Given the client runs "RPUSH l a"
    When the client runs "BITFIELD_RO l <sub> u8 0 1"
    Then the reply is (error) ERR BITFIELD_RO only supports the GET subcommand

    Examples:
      | sub    |
      | SET    |
      | INCRBY |

  # ------------------------------------------------------------------ wrong type

  Scenario Outline: <command> on a list is a WRONGTYPE error
    Given the client runs "RPUSH l a"
    When the client runs "<command>"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value

    Examples:
      | command                 |
      | SETBIT l 0 1            |
      | GETBIT l 0              |
      | BITCOUNT l              |
      | BITCOUNT l a b          |
      | BITPOS l 1              |
      | BITOP AND dest l        |
      | BITFIELD l GET u8 0     |
      | BITFIELD l SET u8 0 1   |
      | BITFIELD_RO l GET u8 0  |
