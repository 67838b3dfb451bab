Feature: Encodings of hashes and sets
  Redis 7.0 keeps small hashes in a listpack and small all-integer sets in an intset, and converts them
  to a hashtable, for good, when they outgrow hash-max-listpack-entries / hash-max-listpack-value
  (aliases hash-max-ziplist-entries / hash-max-ziplist-value) or set-max-intset-entries. Sets in 7.0 are
  never listpacks. OBJECT ENCODING reports the encoding; every expectation here was first seen from
  Redis 7.0.15.

  # ---------------------------------------------------------------- hashes: defaults

  Scenario: A new hash is a listpack
    Given the client runs "HSET h f v"
    Then "OBJECT ENCODING h" replies "listpack"

  Scenario: A hash of 512 fields is a listpack, the 513th field makes it a hashtable
    Given the client runs "HSET h" followed by "f{n} {n}" for n from 1 to 512
    Then "OBJECT ENCODING h" replies "listpack"
    When the client runs "HSET h f513 513"
    Then "OBJECT ENCODING h" replies "hashtable"
    And "HLEN h" replies (integer) 513

  Scenario: Overwriting fields of a full listpack does not convert it
    Given the client runs "HSET h" followed by "f{n} {n}" for n from 1 to 512
    When the client runs "HSET h f1 changed f512 changed"
    Then "OBJECT ENCODING h" replies "listpack"

  Scenario Outline: A hash value of <length> bytes is a <encoding>
    Given the client runs "HSET h small 1"
    When the client runs "HSET h big <value>"
    Then "OBJECT ENCODING h" replies "<encoding>"
    And "HSTRLEN h big" replies (integer) <length>

    Examples:
      | length | value | encoding  |
      | 64     | vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv  | listpack  |
      | 65     | vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv | hashtable |

  Scenario: A field name longer than 64 bytes makes the hash a hashtable
    When the client runs "HSET h ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff 1"
    Then "OBJECT ENCODING h" replies "hashtable"

  Scenario: One long value among several pairs converts the hash before any of them is written
    When the client runs "HSET h a 1 b vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv c 3"
    Then the reply is (integer) 3
    And "OBJECT ENCODING h" replies "hashtable"
    And "HMGET h a c" replies ["1", "3"]

  Scenario: HSETNX on an existing field never looks at the value it would have written
    Given the client runs "HSET h f 1"
    When the client runs "HSETNX h f vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"
    Then the reply is (integer) 0
    And "OBJECT ENCODING h" replies "listpack"

  Scenario: HSETNX of a new field with a long value converts the hash
    Given the client runs "HSET h f 1"
    When the client runs "HSETNX h g vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"
    Then the reply is (integer) 1
    And "OBJECT ENCODING h" replies "hashtable"

  Scenario: HINCRBY with a long field name converts the hash
    Given the client runs "HSET h a 1"
    When the client runs "HINCRBY h ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff 1"
    Then the reply is (integer) 1
    And "OBJECT ENCODING h" replies "hashtable"

  Scenario Outline: HINCRBYFLOAT counts the length of the value it produces (<digits> digits)
    Given the client runs "HSET h a 1"
    When the client runs "HINCRBYFLOAT h a <by>"
    Then the reply is a bulk string matching "[0-9]{<digits>}"
    And "OBJECT ENCODING h" replies "<encoding>"

    Examples:
      | by   | digits | encoding  |
      | 1e62 | 63     | listpack  |
      | 1e64 | 64     | listpack  |
      | 1e65 | 66     | hashtable |

  Scenario: A hashtable stays a hashtable when fields are deleted
    Given the client runs "HSET h" followed by "f{n} {n}" for n from 1 to 513
    And the client runs "HDEL h" followed by "f{n}" for n from 2 to 513
    Then "HLEN h" replies (integer) 1
    And "OBJECT ENCODING h" replies "hashtable"

  Scenario: A hash deleted and written again starts over as a listpack
    Given the client runs "HSET h ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff 1"
    And the client runs "DEL h"
    When the client runs "HSET h f 1"
    Then "OBJECT ENCODING h" replies "listpack"

  Scenario: Commands read a hashtable hash exactly like a listpack one
    Given the client runs "HSET h" followed by "f{n} {n}" for n from 1 to 600
    Then "HGET h f600" replies "600"
    And "HMGET h f1 nope" replies ["1", (nil)]
    And "HEXISTS h f300" replies (integer) 1
    And "HSTRLEN h f600" replies (integer) 3
    And "HINCRBY h f1 9" replies (integer) 10
    And "HINCRBYFLOAT h f2 0.5" replies "2.5"
    And "HDEL h f3 nope" replies (integer) 1
    And "HLEN h" replies (integer) 599

  Scenario: OBJECT ENCODING of a missing key is nil
    Then "OBJECT ENCODING nokey" replies (nil)

  # ---------------------------------------------------------------- hashes: thresholds through CONFIG SET

  @needs:config
  Scenario Outline: hash-max-listpack-entries <limit>: <limit> fields fit, one more converts
    Given the config "hash-max-listpack-entries" is set to "<limit>"
    And the client runs "HSET h" followed by "f{n} {n}" for n from 1 to <limit>
    Then "OBJECT ENCODING h" replies "listpack"
    When the client runs "HSET h extra 1"
    Then "OBJECT ENCODING h" replies "hashtable"

    Examples:
      | limit |
      | 1     |
      | 3     |
      | 128   |
      | 1000  |

  @needs:config
  Scenario: hash-max-listpack-entries 0 makes every hash a hashtable
    Given the config "hash-max-listpack-entries" is set to "0"
    When the client runs "HSET h f 1"
    Then "OBJECT ENCODING h" replies "hashtable"

  @needs:config
  Scenario: The old name hash-max-ziplist-entries sets the same threshold
    Given the config "hash-max-ziplist-entries" is set to "2"
    Then "CONFIG GET hash-max-listpack-entries" replies ["hash-max-listpack-entries", "2"]
    And "CONFIG GET hash-max-ziplist-entries" replies ["hash-max-ziplist-entries", "2"]
    When the client runs "HSET h a 1 b 2 c 3"
    Then "OBJECT ENCODING h" replies "hashtable"

  @needs:config
  Scenario: Lowering hash-max-listpack-entries leaves a hash alone until its next write
    Given the client runs "HSET h a 1 b 2 c 3"
    And the config "hash-max-listpack-entries" is set to "1"
    Then "OBJECT ENCODING h" replies "listpack"
    When the client runs "HSET h a 5"
    Then the reply is (integer) 0
    And "OBJECT ENCODING h" replies "hashtable"

  @needs:config
  Scenario Outline: hash-max-listpack-value 5: a value of <value> is <encoding>
    Given the config "hash-max-listpack-value" is set to "5"
    When the client runs "HSET h f <value>"
    Then "OBJECT ENCODING h" replies "<encoding>"

    Examples:
      | value  | encoding  |
      | abcde  | listpack  |
      | abcdef | hashtable |
      | 12345  | listpack  |
      | 123456 | hashtable |

  @needs:config
  Scenario: The old name hash-max-ziplist-value sets the same threshold, and it takes memory units
    Given the config "hash-max-ziplist-value" is set to "1kb"
    Then "CONFIG GET hash-max-listpack-value" replies ["hash-max-listpack-value", "1024"]
    When the client runs "HSET h f vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"
    Then "OBJECT ENCODING h" replies "listpack"

  @needs:config
  Scenario: HINCRBY converts the hash when the number it writes outgrows the value limit
    Given the config "hash-max-listpack-value" is set to "5"
    And the client runs "HSET h a 99999"
    When the client runs "HINCRBY h a 1"
    Then the reply is (integer) 100000
    And "OBJECT ENCODING h" replies "hashtable"

  @needs:config
  Scenario: hash-max-listpack-value 0 still lets empty fields and values into a listpack
    Given the config "hash-max-listpack-value" is set to "0"
    When the client runs 'HSET h "" ""'
    Then "OBJECT ENCODING h" replies "listpack"
    When the client runs "HSET h a 1"
    Then "OBJECT ENCODING h" replies "hashtable"

  @needs:config
  Scenario Outline: CONFIG SET refuses a bad <name>
    When the client runs "CONFIG SET <name> <value>"
    Then the reply is (error) ERR CONFIG SET failed (possibly related to argument '<name>') - <error>

    Examples:
      | name                      | value | error                                                   |
      | hash-max-listpack-entries | -1    | argument must be between 0 and 9223372036854775807 inclusive |
      | hash-max-listpack-entries | x     | argument couldn't be parsed into an integer             |
      | set-max-intset-entries    | -1    | argument must be between 0 and 9223372036854775807 inclusive |
      | set-max-intset-entries    | 1kb   | argument couldn't be parsed into an integer             |

  # ---------------------------------------------------------------- sets: defaults

  Scenario Outline: A new set of <members> is <encoding>
    When the client runs "SADD s <members>"
    Then "OBJECT ENCODING s" replies "<encoding>"

    Examples:
      | members                                    | encoding  |
      | 1 2 3                                      | intset    |
      | -5                                         | intset    |
      | 9223372036854775807 -9223372036854775808   | intset    |
      | a                                          | hashtable |
      | 1 a                                        | hashtable |
      | a 1                                        | hashtable |
      | 01                                         | hashtable |
      | +1                                         | hashtable |
      | -0                                         | hashtable |
      | 1.0                                        | hashtable |
      | 9223372036854775808                        | hashtable |
      | -9223372036854775809                       | hashtable |

  Scenario: Adding a non-integer member makes an intset a hashtable
    Given the client runs "SADD s 1 2 3"
    When the client runs "SADD s x"
    Then "OBJECT ENCODING s" replies "hashtable"
    When the client runs "SMEMBERS s"
    Then the reply is an array containing, in any order:
      """
      "1"
      "2"
      "3"
      "x"
      """

  Scenario: Adding an integer member the set already has changes nothing
    Given the client runs "SADD s 1 2 3"
    When the client runs "SADD s 2"
    Then the reply is (integer) 0
    And "OBJECT ENCODING s" replies "intset"

  Scenario: An intset of 512 members is an intset, the 513th member makes it a hashtable
    Given the client runs "SADD s" followed by "{n}" for n from 1 to 512
    Then "OBJECT ENCODING s" replies "intset"
    When the client runs "SADD s 513"
    Then "OBJECT ENCODING s" replies "hashtable"
    And "SCARD s" replies (integer) 513

  Scenario: A hashtable set stays a hashtable when only integers are left
    Given the client runs "SADD s 1 2 x"
    When the client runs "SREM s x"
    Then "OBJECT ENCODING s" replies "hashtable"

  Scenario: A set deleted and written again starts over as an intset
    Given the client runs "SADD s x"
    And the client runs "SREM s x"
    When the client runs "SADD s 1"
    Then "OBJECT ENCODING s" replies "intset"

  Scenario Outline: SMOVE into a missing key creates <encoding> for the member <member>
    Given the client runs "SADD src <member> other"
    When the client runs "SMOVE src dst <member>"
    Then "OBJECT ENCODING dst" replies "<encoding>"

    Examples:
      | member | encoding  |
      | 42     | intset    |
      | x      | hashtable |

  Scenario: SMOVE of a non-integer into an intset converts the destination
    Given the client runs "SADD src x"
    And the client runs "SADD dst 1 2"
    When the client runs "SMOVE src dst x"
    Then "OBJECT ENCODING dst" replies "hashtable"

  # ---------------------------------------------------------------- sets: stored results

  Scenario: SINTERSTORE builds an intset when the intersection holds only integers
    Given the client runs "SADD a x 1 2 3"
    And the client runs "SADD b y 2 3 4"
    When the client runs "SINTERSTORE dst a b"
    Then the reply is (integer) 2
    And "OBJECT ENCODING a" replies "hashtable"
    And "OBJECT ENCODING dst" replies "intset"

  Scenario: SINTERSTORE builds a hashtable when the intersection holds a non-integer
    Given the client runs "SADD a x 1"
    And the client runs "SADD b x 1"
    When the client runs "SINTERSTORE dst a b"
    Then "OBJECT ENCODING dst" replies "hashtable"

  Scenario: SUNIONSTORE of a hashtable set holding only integers builds an intset
    Given the client runs "SADD a 1 2 x"
    And the client runs "SREM a x"
    When the client runs "SUNIONSTORE dst a"
    Then "OBJECT ENCODING a" replies "hashtable"
    And "OBJECT ENCODING dst" replies "intset"

  Scenario: SUNIONSTORE of more than 512 integers builds a hashtable
    Given the client runs "SADD a" followed by "{n}" for n from 1 to 300
    And the client runs "SADD b" followed by "{n}" for n from 301 to 600
    When the client runs "SUNIONSTORE dst a b"
    Then the reply is (integer) 600
    And "OBJECT ENCODING a" replies "intset"
    And "OBJECT ENCODING dst" replies "hashtable"

  Scenario: SDIFFSTORE builds an intset from the integers left in a hashtable set
    Given the client runs "SADD a x 1 2 3"
    And the client runs "SADD b x"
    When the client runs "SDIFFSTORE dst a b"
    Then the reply is (integer) 3
    And "OBJECT ENCODING dst" replies "intset"

  @needs:config
  Scenario: SDIFFSTORE's result encoding follows the algorithm Redis picks
    # Four sets of sizes 6, 1, 1: removing from a copy of the first is cheaper, and that copy grew past
    # the limit; two sets of sizes 6 and 2: testing each member of the first is cheaper.
    Given the config "set-max-intset-entries" is set to "4"
    And the client runs "SADD a 1 2 3 4 5 6"
    And the client runs "SADD b 1"
    And the client runs "SADD c 2"
    And the client runs "SADD d 1 2"
    When the client runs "SDIFFSTORE copy a b c"
    Then the reply is (integer) 4
    And "OBJECT ENCODING copy" replies "hashtable"
    When the client runs "SDIFFSTORE tested a d"
    Then the reply is (integer) 4
    And "OBJECT ENCODING tested" replies "intset"

  # ---------------------------------------------------------------- sets: thresholds through CONFIG SET

  @needs:config
  Scenario Outline: set-max-intset-entries <limit>: <limit> members fit, one more converts
    Given the config "set-max-intset-entries" is set to "<limit>"
    And the client runs "SADD s" followed by "{n}" for n from 1 to <limit>
    Then "OBJECT ENCODING s" replies "intset"
    When the client runs "SADD s 0"
    Then "OBJECT ENCODING s" replies "hashtable"

    Examples:
      | limit |
      | 1     |
      | 4     |
      | 1000  |

  @needs:config
  Scenario: set-max-intset-entries 0 makes every set a hashtable
    Given the config "set-max-intset-entries" is set to "0"
    When the client runs "SADD s 1"
    Then "OBJECT ENCODING s" replies "hashtable"

  @needs:config
  Scenario: Lowering set-max-intset-entries converts only when a member is added
    Given the client runs "SADD s 1 2 3"
    And the config "set-max-intset-entries" is set to "1"
    When the client runs "SADD s 2"
    Then "OBJECT ENCODING s" replies "intset"
    When the client runs "SADD s 4"
    Then "OBJECT ENCODING s" replies "hashtable"

  @needs:config
  Scenario: SPOP that leaves few members rebuilds the set, which can become an intset again
    Given the config "set-max-intset-entries" is set to "4"
    And the client runs "SADD s 1 2 3 4 5 6"
    Then "OBJECT ENCODING s" replies "hashtable"
    When the client runs "SPOP s 5"
    Then the reply is an array of 5 distinct elements, each one of:
      """
      "1"
      "2"
      "3"
      "4"
      "5"
      "6"
      """
    And "OBJECT ENCODING s" replies "intset"
    And "SCARD s" replies (integer) 1

  @needs:config
  Scenario: SPOP that leaves many members keeps the hashtable
    Given the config "set-max-intset-entries" is set to "4"
    And the client runs "SADD s 1 2 3 4 5 6"
    When the client runs "SPOP s 1"
    Then "OBJECT ENCODING s" replies "hashtable"
    And "SCARD s" replies (integer) 5

  # ---------------------------------------------------------------- COPY keeps the encoding

  Scenario Outline: COPY of a <encoding> <type> keeps its encoding and is independent of the source
    Given the client runs "<create>"
    When the client runs "COPY src dst"
    Then the reply is (integer) 1
    And "OBJECT ENCODING dst" replies "<encoding>"
    When the client runs "<change>"
    Then "<count> src" replies (integer) <size>

    Examples:
      | type | encoding  | create                                    | change                   | count | size |
      | set  | intset    | SADD src 1 2 3                            | SADD dst 4               | SCARD | 3    |
      | set  | hashtable | SADD src a b c                            | SREM dst a               | SCARD | 3    |
      | hash | listpack  | HSET src a 1 b 2                          | HDEL dst a               | HLEN  | 2    |
      | hash | hashtable | HSET src a 1 ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff 2 | HSET dst c 3 | HLEN | 2 |

  @needs:config
  Scenario: COPY of a hashtable hash small enough for a listpack keeps the hashtable
    Given the config "hash-max-listpack-entries" is set to "1"
    And the client runs "HSET src a 1 b 2"
    And the config "hash-max-listpack-entries" is set to "512"
    When the client runs "COPY src dst"
    Then "OBJECT ENCODING dst" replies "hashtable"
    And "HMGET dst a b" replies ["1", "2"]
