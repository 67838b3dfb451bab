Feature: Hashes
  A hash maps fields to values under one key. HSET and friends create it on first write, and it
  disappears when its last field is deleted. Every expectation here was first seen from Redis 7.0.15.
  Small hashes keep their fields in insertion order (Redis's listpack encoding), so those replies are
  written out in order; replies from large hashes are checked in any order.

  # ---------------------------------------------------------------- HSET, HMSET, HSETNX

  Scenario: HSET creates the hash and counts the fields it added
    When the client runs "HSET user name ada lang c"
    Then the reply is (integer) 2
    And "HGET user name" replies "ada"
    And "HLEN user" replies (integer) 2

  Scenario: A hash's TYPE is hash, whatever its encoding
    Given the client runs "HSET small f v"
    And the client runs "HSET big" followed by "f{n} v{n}" for n from 1 to 600
    Then "TYPE small" replies hash
    And "TYPE big" replies hash

  Scenario: HSET overwrites existing fields but only counts new ones
    Given the client runs "HSET user name ada"
    When the client runs "HSET user name grace lang cobol"
    Then the reply is (integer) 1
    And "HGET user name" replies "grace"

  Scenario: HSET with a field repeated in one call keeps the last value
    When the client runs "HSET h f 1 f 2"
    Then the reply is (integer) 1
    And "HGET h f" replies "2"

  Scenario: HSET stores binary-safe fields and values, including empty ones
    When the client runs 'HSET h "" "" "a\x00b" "\xff\r\n"'
    Then the reply is (integer) 2
    And "HGET h \"\"" replies ""
    And "HGET h \"a\x00b\"" replies "\xff\r\n"

  Scenario Outline: <command> needs whole field-value pairs
    When the client runs "<command> h <pairs>"
    Then the reply is (error) ERR wrong number of arguments for '<name>' command
    And "EXISTS h" replies (integer) 0

    Examples:
      | command | name  | pairs   |
      | HSET    | hset  | f       |
      | HSET    | hset  | f 1 g   |
      | HMSET   | hmset | f       |
      | HMSET   | hmset | f 1 g   |

  Scenario: HMSET sets fields like HSET but replies OK
    When the client runs "HMSET h a 1 b 2"
    Then the reply is OK
    And "HMGET h a b" replies ["1", "2"]

  Scenario: HSETNX sets a field only when it is missing
    Given the client runs "HSET h f old"
    When the client runs "HSETNX h f new"
    Then the reply is (integer) 0
    And "HGET h f" replies "old"
    When the client runs "HSETNX h g new"
    Then the reply is (integer) 1
    And "HGET h g" replies "new"

  Scenario: HSETNX creates the hash when the key is missing
    When the client runs "HSETNX h f v"
    Then the reply is (integer) 1
    And "HGETALL h" replies ["f", "v"]

  # ---------------------------------------------------------------- HGET, HMGET, HEXISTS, HLEN, HSTRLEN

  Scenario: HGET returns the value, or nil for a missing field or key
    Given the client runs "HSET h f v"
    Then "HGET h f" replies "v"
    And "HGET h missing" replies (nil)
    And "HGET nokey f" replies (nil)

  @resp3
  Scenario: HGET answers a missing field with RESP3's null
    Given the client runs "HSET h f v"
    When the client switches to RESP3
    Then "HGET h missing" replies (null)
    And "HGET nokey f" replies (null)

  Scenario: HMGET returns values in the order asked, nil for missing fields
    Given the client runs "HSET h a 1 b 2"
    When the client runs "HMGET h b missing a b"
    Then the reply is ["2", (nil), "1", "2"]

  Scenario: HMGET on a missing key answers nil for every field
    When the client runs "HMGET nokey a b"
    Then the reply is [(nil), (nil)]

  @resp3
  Scenario: HMGET answers missing fields with RESP3's null
    Given the client runs "HSET h a 1"
    When the client switches to RESP3
    Then "HMGET h a missing" replies ["1", (null)]

  Scenario: HEXISTS tells whether a field is present
    Given the client runs "HSET h f v"
    Then "HEXISTS h f" replies (integer) 1
    And "HEXISTS h v" replies (integer) 0
    And "HEXISTS nokey f" replies (integer) 0

  Scenario: HLEN counts the fields, and a missing key has none
    Given the client runs "HSET h a 1 b 2 c 3"
    Then "HLEN h" replies (integer) 3
    And "HLEN nokey" replies (integer) 0

  Scenario Outline: HSTRLEN is the length of the value as a string (<case>)
    Given the client runs 'HSET h f <value>'
    Then "HSTRLEN h f" replies (integer) <length>

    Examples:
      | case                    | value         | length |
      | text                    | hello         | 5      |
      | negative integer        | -123          | 4      |
      | integer-looking decimal | 1.50          | 4      |
      | empty string            | ""            | 0      |
      | long integer            | 9223372036854775807 | 19 |

  Scenario: HSTRLEN of a missing field or key is 0
    Given the client runs "HSET h f v"
    Then "HSTRLEN h missing" replies (integer) 0
    And "HSTRLEN nokey f" replies (integer) 0

  # ---------------------------------------------------------------- HDEL

  Scenario: HDEL removes the fields that exist and counts them
    Given the client runs "HSET h a 1 b 2 c 3"
    When the client runs "HDEL h a missing c a"
    Then the reply is (integer) 2
    And "HGETALL h" replies ["b", "2"]

  Scenario: HDEL of the last field deletes the key
    Given the client runs "HSET h a 1 b 2"
    When the client runs "HDEL h a b"
    Then the reply is (integer) 2
    And "EXISTS h" replies (integer) 0
    And "TYPE h" replies none

  Scenario: HDEL on a missing key removes nothing
    When the client runs "HDEL nokey f"
    Then the reply is (integer) 0

  # ---------------------------------------------------------------- HKEYS, HVALS, HGETALL

  Scenario: HKEYS, HVALS and HGETALL list a small hash in insertion order
    Given the client runs "HSET h z 1 a 2 m 3"
    Then "HKEYS h" replies ["z", "a", "m"]
    And "HVALS h" replies ["1", "2", "3"]
    And "HGETALL h" replies ["z", "1", "a", "2", "m", "3"]

  Scenario: Overwriting a field keeps its place in a small hash
    Given the client runs "HSET h a 1 b 2"
    And the client runs "HSET h a 9"
    Then "HGETALL h" replies ["a", "9", "b", "2"]

  Scenario: HKEYS, HVALS and HGETALL of a missing key are empty arrays
    Then "HKEYS nokey" replies (empty array)
    And "HVALS nokey" replies (empty array)
    And "HGETALL nokey" replies (empty array)

  @resp3
  Scenario: HGETALL replies a map in RESP3
    Given the client runs "HSET h a 1 b 2"
    When the client switches to RESP3
    Then "HGETALL h" replies {"a" => "1", "b" => "2"}
    And "HGETALL nokey" replies (empty map)
    And "HKEYS h" replies ["a", "b"]
    And "HVALS nokey" replies (empty array)

  Scenario: HGETALL returns every pair of a large hash
    Given the client runs "HSET big" followed by "f{n} v{n}" for n from 1 to 600
    When the client runs "HKEYS big"
    Then the reply is an array of 600 distinct bulk strings matching "f[0-9]+"
    When the client runs "HVALS big"
    Then the reply is an array of 600 distinct bulk strings matching "v[0-9]+"
    When the client runs "HGETALL big"
    Then the reply is an array of 1200 elements

  # ---------------------------------------------------------------- HINCRBY

  Scenario: HINCRBY starts a missing field at 0
    When the client runs "HINCRBY h n 5"
    Then the reply is (integer) 5
    And "HINCRBY h n -7" replies (integer) -2
    And "HGET h n" replies "-2"

  Scenario: HINCRBY reaches the 64-bit limits but not beyond
    Given the client runs "HSET h max 9223372036854775806 min -9223372036854775807"
    Then "HINCRBY h max 1" replies (integer) 9223372036854775807
    And "HINCRBY h min -1" replies (integer) -9223372036854775808

  Scenario Outline: HINCRBY refuses to overflow (<case>)
    Given the client runs "HSET h n <value>"
    When the client runs "HINCRBY h n <by>"
    Then the reply is (error) ERR increment or decrement would overflow
    And "HGET h n" replies "<value>"

    Examples:
      | case     | value                | by                   |
      | upwards  | 9223372036854775807  | 1                    |
      | downwards| -9223372036854775808 | -1                   |
      | big step | 1                    | 9223372036854775807  |

  Scenario Outline: HINCRBY needs an integer in the field (<value>)
    Given the client runs 'HSET h n "<value>"'
    When the client runs "HINCRBY h n 1"
    Then the reply is (error) ERR hash value is not an integer

    Examples:
      | value |
      | abc   |
      | 1.5   |
      | 1e3   |
      | 01    |
      | \x201 |
      | +1    |

  Scenario Outline: HINCRBY needs an integer increment (<by>)
    When the client runs 'HINCRBY h n <by>'
    Then the reply is (error) ERR value is not an integer or out of range
    And "EXISTS h" replies (integer) 0

    Examples:
      | by                  |
      | x                   |
      | 1.5                 |
      | 9223372036854775808 |
      | ""                  |

  # ---------------------------------------------------------------- HINCRBYFLOAT

  Scenario Outline: HINCRBYFLOAT adds in long double precision and prints like Redis (<start> + <by>)
    Given the client runs "HSET h f <start>"
    When the client runs "HINCRBYFLOAT h f <by>"
    Then the reply is "<result>"
    And "HGET h f" replies "<result>"

    Examples:
      | start | by                  | result              |
      | 10.5  | 0.1                 | 10.6                |
      | 5.0e3 | 2.0e2               | 5200                |
      | 17    | -17                 | 0                   |
      | 0     | 1e-3                | 0.001               |
      | 3     | -1.5                | 1.5                 |
      | 0.1   | 0.2                 | 0.3                 |
      | 0     | 1.23456789012345678 | 1.23456789012345678 |
      | 0     | 1e20                | 100000000000000000000 |
      | 1.50  | 1                   | 2.5                 |
      | 01    | 1                   | 2                   |
      | 0     | 0x10                | 16                  |
      | 0     | +1.5                | 1.5                 |
      | 0     | .5                  | 0.5                 |
      | 0     | 5.                  | 5                   |
      | 0     | -0.0                | 0                   |

  Scenario: HINCRBYFLOAT starts a missing field and a missing key at 0
    When the client runs "HINCRBYFLOAT h f 2.5"
    Then the reply is "2.5"
    And "HINCRBYFLOAT h g -0.25" replies "-0.25"

  Scenario Outline: HINCRBYFLOAT needs a number in the field (<value>)
    Given the client runs 'HSET h f "<value>"'
    When the client runs "HINCRBYFLOAT h f 1"
    Then the reply is (error) ERR hash value is not a float
    And "HGET h f" replies "<value>"

    Examples:
      | value  |
      | abc    |
      | \x201  |
      | 1\x20  |
      | 1e5000 |
      | nan    |

  Scenario Outline: HINCRBYFLOAT needs a finite number as increment (<by>)
    When the client runs 'HINCRBYFLOAT h f "<by>"'
    Then the reply is (error) ERR <error>
    And "EXISTS h" replies (integer) 0

    Examples:
      | by     | error                      |
      | abc    | value is not a valid float |
      | nan    | value is not a valid float |
      |        | value is not a valid float |
      | \x201  | value is not a valid float |
      | 1e5000 | value is not a valid float |
      | inf    | value is NaN or Infinity   |
      | -inf   | value is NaN or Infinity   |

  Scenario: HINCRBYFLOAT refuses a result that is not finite
    Given the client runs "HSET h f inf"
    When the client runs "HINCRBYFLOAT h f 1"
    Then the reply is (error) ERR increment would produce NaN or Infinity
    And "HGET h f" replies "inf"

  Scenario: HINCRBYFLOAT refuses to overflow the long double range
    Given the client runs "HINCRBYFLOAT h f 1.1e4932"
    When the client runs "HINCRBYFLOAT h f 1.1e4932"
    Then the reply is (error) ERR increment would produce NaN or Infinity

  Scenario: HINCRBYFLOAT leaves a decimal that HINCRBY then refuses
    Given the client runs "HSET h n 5"
    When the client runs "HINCRBYFLOAT h n 0.5"
    Then the reply is "5.5"
    And "HINCRBY h n 1" replies (error) ERR hash value is not an integer

  # ---------------------------------------------------------------- HRANDFIELD

  Scenario: HRANDFIELD without a count returns one field
    Given the client runs "HSET h a 1 b 2 c 3"
    When the client runs "HRANDFIELD h"
    Then the reply is a bulk string matching "[abc]"

  Scenario: HRANDFIELD on a missing key is nil, or an empty array with a count
    Then "HRANDFIELD nokey" replies (nil)
    And "HRANDFIELD nokey 3" replies (empty array)
    And "HRANDFIELD nokey -3 WITHVALUES" replies (empty array)

  @resp3
  Scenario: HRANDFIELD on a missing key is RESP3's null without a count
    When the client switches to RESP3
    Then "HRANDFIELD nokey" replies (null)
    And "HRANDFIELD nokey 1" replies (empty array)

  Scenario: HRANDFIELD with a count of 0 is an empty array
    Given the client runs "HSET h a 1"
    Then "HRANDFIELD h 0" replies (empty array)
    And "HRANDFIELD h 0 WITHVALUES" replies (empty array)

  Scenario Outline: HRANDFIELD with a positive count returns distinct fields (count <count> of 5)
    Given the client runs "HSET h a 1 b 2 c 3 d 4 e 5"
    When the client runs "HRANDFIELD h <count>"
    Then the reply is an array of <n> distinct elements, each one of:
      """
      "a"
      "b"
      "c"
      "d"
      "e"
      """

    Examples:
      | count | n |
      | 1     | 1 |
      | 2     | 2 |
      | 4     | 4 |
      | 5     | 5 |
      | 6     | 5 |
      | 100   | 5 |

  Scenario: HRANDFIELD with a count at least the size returns the whole hash
    Given the client runs "HSET h a 1 b 2 c 3"
    When the client runs "HRANDFIELD h 3"
    Then the reply is an array containing, in any order:
      """
      "a"
      "b"
      "c"
      """

  Scenario: HRANDFIELD with a negative count may repeat fields and returns exactly that many
    Given the client runs "HSET h a 1 b 2"
    When the client runs "HRANDFIELD h -7"
    Then the reply is an array of 7 elements, each one of:
      """
      "a"
      "b"
      """

  Scenario: HRANDFIELD WITHVALUES returns flat field-value pairs in RESP2
    Given the client runs "HSET h a 1 b 2 c 3"
    When the client runs "HRANDFIELD h 2 WITHVALUES"
    Then the reply is an array of 2 distinct field-value pairs, each one of:
      """
      ["a", "1"]
      ["b", "2"]
      ["c", "3"]
      """

  Scenario: HRANDFIELD WITHVALUES with a negative count may repeat pairs
    Given the client runs "HSET h a 1 b 2"
    When the client runs "HRANDFIELD h -5 withvalues"
    Then the reply is an array of 5 field-value pairs, each one of:
      """
      ["a", "1"]
      ["b", "2"]
      """

  @resp3
  Scenario: HRANDFIELD WITHVALUES nests each pair in RESP3
    Given the client runs "HSET h a 1 b 2 c 3"
    When the client switches to RESP3
    And the client runs "HRANDFIELD h 2 WITHVALUES"
    Then the reply is an array of 2 distinct elements, each one of:
      """
      ["a", "1"]
      ["b", "2"]
      ["c", "3"]
      """
    When the client runs "HRANDFIELD h -4 WITHVALUES"
    Then the reply is an array of 4 elements, each one of:
      """
      ["a", "1"]
      ["b", "2"]
      ["c", "3"]
      """

  @resp3
  Scenario: HRANDFIELD without WITHVALUES stays a flat array in RESP3
    Given the client runs "HSET h a 1 b 2"
    When the client switches to RESP3
    And the client runs "HRANDFIELD h 5"
    Then the reply is an array containing, in any order:
      """
      "a"
      "b"
      """

  Scenario Outline: HRANDFIELD on a large hash returns <count> distinct fields
    Given the client runs "HSET big" followed by "f{n} v{n}" for n from 1 to 600
    When the client runs "HRANDFIELD big <count>"
    Then the reply is an array of <count> distinct bulk strings matching "f([1-9]|[1-9][0-9]|[1-5][0-9][0-9]|600)"

    Examples:
      | count |
      | 10    |
      | 199   |
      | 201   |
      | 599   |
      | 600   |

  Scenario: HRANDFIELD on a large hash with a negative count returns exactly that many fields
    Given the client runs "HSET big" followed by "f{n} v{n}" for n from 1 to 600
    When the client runs "HRANDFIELD big -1000"
    Then the reply is an array of 1000 elements

  Scenario Outline: HRANDFIELD checks its arguments (<args>)
    Given the client runs "HSET h a 1"
    When the client runs "HRANDFIELD h <args>"
    Then the reply is (error) ERR <error>

    Examples:
      | args                                 | error                                                                                 |
      | x                                    | value is not an integer or out of range                                               |
      | 1.5                                  | value is not an integer or out of range                                               |
      | 1 WITHVALUE                          | syntax error                                                                          |
      | 1 WITHVALUES extra                   | syntax error                                                                          |
      | -9223372036854775808                 | value is out of range, value must between -9223372036854775807 and 9223372036854775807 |
      | 4611686018427387904 WITHVALUES       | value is out of range                                                                 |
      | -4611686018427387904 WITHVALUES      | value is out of range                                                                 |

  Scenario: HRANDFIELD checks the count before the key
    Then "HRANDFIELD nokey x" replies (error) ERR value is not an integer or out of range
    And "HRANDFIELD nokey 1 WITHVALUE" replies (error) ERR syntax error

  # ---------------------------------------------------------------- HSCAN

  Scenario: HSCAN returns a small hash in one call, fields with their values
    Given the client runs "HSET h a 1 b 2"
    When the client runs "HSCAN h 0"
    Then the reply is ["0", ["a", "1", "b", "2"]]

  Scenario: HSCAN of a small hash ignores COUNT
    Given the client runs "HSET h a 1 b 2 c 3"
    When the client runs "HSCAN h 0 COUNT 1"
    Then the reply is ["0", ["a", "1", "b", "2", "c", "3"]]

  Scenario: HSCAN MATCH filters on fields and keeps their values
    Given the client runs "HSET h apple 1 banana a avocado 2"
    When the client runs "HSCAN h 0 MATCH a*"
    Then the reply is ["0", ["apple", "1", "avocado", "2"]]

  Scenario: HSCAN MATCH "*" returns everything
    Given the client runs "HSET h a 1 b 2"
    When the client runs 'HSCAN h 0 MATCH "*"'
    Then the reply is ["0", ["a", "1", "b", "2"]]

  Scenario: HSCAN of a missing key is an empty page, whatever the options
    Then "HSCAN nokey 0" replies ["0", (empty array)]
    And "HSCAN nokey 0 COUNT 0 NOSUCH" replies ["0", (empty array)]

  Scenario: HSCAN walks a large hash over several calls and returns every pair
    Given the client runs "HSET big" followed by "f{n} v{n}" for n from 1 to 600
    When the client scans with "HSCAN big {cursor} COUNT 20" until the cursor is 0
    Then the scan took more than one call
    And the scan returned 600 distinct field-value pairs

  Scenario: HSCAN MATCH on a large hash returns only the matching fields
    Given the client runs "HSET big" followed by "f{n} v{n}" for n from 1 to 600
    When the client scans with "HSCAN big {cursor} MATCH f1?? COUNT 50" until the cursor is 0
    Then the scan returned 100 distinct field-value pairs

  Scenario Outline: HSCAN accepts any cursor C's strtoul reads in full (<cursor>)
    Given the client runs "HSET h a 1"
    When the client runs 'HSCAN h "<cursor>"'
    Then the reply is ["0", ["a", "1"]]

    Examples:
      | cursor               |
      | 00                   |
      | +0                   |
      | -1                   |
      | 18446744073709551615 |

  Scenario Outline: HSCAN refuses a cursor that is not a whole unsigned number (<cursor>)
    Given the client runs "HSET h a 1"
    When the client runs 'HSCAN h "<cursor>"'
    Then the reply is (error) ERR invalid cursor

    Examples:
      | cursor               |
      | abc                  |
      | \x201                |
      | 1\x20                |
      | 0x10                 |
      | 18446744073709551616 |
      | -                    |

  Scenario: HSCAN checks the cursor even when the key is missing
    When the client runs "HSCAN nokey abc"
    Then the reply is (error) ERR invalid cursor

  Scenario Outline: HSCAN checks its options (<options>)
    Given the client runs "HSET h a 1"
    When the client runs "HSCAN h 0 <options>"
    Then the reply is (error) ERR <error>

    Examples:
      | options        | error                                   |
      | COUNT 0        | syntax error                            |
      | COUNT -1       | syntax error                            |
      | COUNT x        | value is not an integer or out of range |
      | COUNT          | syntax error                            |
      | MATCH          | syntax error                            |
      | TYPE string    | syntax error                            |
      | NOVALUES       | syntax error                            |

  @resp3
  Scenario: HSCAN pages are plain arrays in RESP3
    Given the client runs "HSET h a 1"
    When the client switches to RESP3
    Then "HSCAN h 0" replies ["0", ["a", "1"]]

  # ---------------------------------------------------------------- types and arity

  Scenario Outline: <command> on a key holding another type is WRONGTYPE
    Given the client runs "SET str value"
    When the client runs "<command>"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value
    And "GET str" replies "value"

    Examples:
      | command                   |
      | HSET str f v              |
      | HMSET str f v             |
      | HSETNX str f v            |
      | HGET str f                |
      | HMGET str f               |
      | HDEL str f                |
      | HLEN str                  |
      | HSTRLEN str f             |
      | HEXISTS str f             |
      | HKEYS str                 |
      | HVALS str                 |
      | HGETALL str               |
      | HINCRBY str f 1           |
      | HINCRBYFLOAT str f 1.5    |
      | HRANDFIELD str            |
      | HRANDFIELD str 2          |
      | HRANDFIELD str -2 WITHVALUES |
      | HSCAN str 0               |

  Scenario Outline: <command> with too few arguments is an arity error
    When the client runs "<command>"
    Then the reply is (error) ERR wrong number of arguments for '<name>' command

    Examples:
      | command       | name         |
      | HGET h        | hget         |
      | HSET h        | hset         |
      | HDEL h        | hdel         |
      | HMGET h       | hmget        |
      | HINCRBY h f   | hincrby      |
      | HRANDFIELD    | hrandfield   |
      | HSCAN h       | hscan        |
