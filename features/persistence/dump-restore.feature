@persistence @dump
Feature: DUMP and RESTORE
  DUMP serializes a value the way Redis 7.0 does: the RDB type byte and value, the RDB version (10) as two
  little-endian bytes and a CRC64 of all that. RESTORE takes such a payload, from this server or from real
  Redis, and recreates the value, with options for replacing, absolute expire times and the LRU/LFU data.
  The payloads below were produced by Redis 7.0.15.

  # ---------------------------------------------------------------- strings, byte for byte

  Scenario: DUMP of an 8-bit integer is Redis's payload, byte for byte
    Given the client runs 'SET k "7"'
    When the client runs "DUMP k"
    Then the reply is "\x00\xc0\a\n\x00t\xcdH\xa2\x83\xab\xce\x92"

  Scenario: RESTORE of Redis's payload for an 8-bit integer recreates the value
    When the client runs 'RESTORE k 0 "\x00\xc0\a\n\x00t\xcdH\xa2\x83\xab\xce\x92"'
    Then the reply is OK
    And 'GET k' replies "7"

  Scenario: DUMP of a 16-bit integer is Redis's payload, byte for byte
    Given the client runs 'SET k "-300"'
    When the client runs "DUMP k"
    Then the reply is "\x00\xc1\xd4\xfe\n\x00\xc6\xc4\x86#\xfe\xbe\xde."

  Scenario: RESTORE of Redis's payload for a 16-bit integer recreates the value
    When the client runs 'RESTORE k 0 "\x00\xc1\xd4\xfe\n\x00\xc6\xc4\x86#\xfe\xbe\xde."'
    Then the reply is OK
    And 'GET k' replies "-300"

  Scenario: DUMP of a 32-bit integer is Redis's payload, byte for byte
    Given the client runs 'SET k "70000"'
    When the client runs "DUMP k"
    Then the reply is "\x00\xc2p\x11\x01\x00\n\x00\x01\xa4\b\xfe\x950\x95\xa5"

  Scenario: RESTORE of Redis's payload for a 32-bit integer recreates the value
    When the client runs 'RESTORE k 0 "\x00\xc2p\x11\x01\x00\n\x00\x01\xa4\b\xfe\x950\x95\xa5"'
    Then the reply is OK
    And 'GET k' replies "70000"

  Scenario: DUMP of an integer wider than 32 bits is Redis's payload, byte for byte
    Given the client runs 'SET k "123456789012"'
    When the client runs "DUMP k"
    Then the reply is "\x00\x0c123456789012\n\x00\x91\x10\x01\xb1\xd1\x16\xe7\xac"

  Scenario: RESTORE of Redis's payload for an integer wider than 32 bits recreates the value
    When the client runs 'RESTORE k 0 "\x00\x0c123456789012\n\x00\x91\x10\x01\xb1\xd1\x16\xe7\xac"'
    Then the reply is OK
    And 'GET k' replies "123456789012"

  Scenario: DUMP of a short string is Redis's payload, byte for byte
    Given the client runs 'SET k "hello"'
    When the client runs "DUMP k"
    Then the reply is "\x00\x05hello\n\x00cr\xdfve4 \n"

  Scenario: RESTORE of Redis's payload for a short string recreates the value
    When the client runs 'RESTORE k 0 "\x00\x05hello\n\x00cr\xdfve4 \n"'
    Then the reply is OK
    And 'GET k' replies "hello"

  Scenario: DUMP of a compressible string is Redis's payload, byte for byte
    Given the client runs 'SET k "abababababababababababababababababababababababababababababababababababababababababababababababababab"'
    When the client runs "DUMP k"
    Then the reply is "\x00\xc3\n@d\x02aba\xe0V\x01\x01ab\n\x00\x178=\x94 \x96\xd8c"

  Scenario: RESTORE of Redis's payload for a compressible string recreates the value
    When the client runs 'RESTORE k 0 "\x00\xc3\n@d\x02aba\xe0V\x01\x01ab\n\x00\x178=\x94 \x96\xd8c"'
    Then the reply is OK
    And 'GET k' replies "abababababababababababababababababababababababababababababababababababababababababababababababababab"

  Scenario: DUMP of an empty string is Redis's payload, byte for byte
    Given the client runs 'SET k ""'
    When the client runs "DUMP k"
    Then the reply is "\x00\x00\n\x00]\x9b\\@\x0f\x7f\xa2\xda"

  Scenario: RESTORE of Redis's payload for an empty string recreates the value
    When the client runs 'RESTORE k 0 "\x00\x00\n\x00]\x9b\\@\x0f\x7f\xa2\xda"'
    Then the reply is OK
    And 'GET k' replies ""

  Scenario: DUMP of a float is Redis's payload, byte for byte
    Given the client runs 'SET k "3.14"'
    When the client runs "DUMP k"
    Then the reply is "\x00\x043.14\n\x00\x8cu@}*\xcc\xe8,"

  Scenario: RESTORE of Redis's payload for a float recreates the value
    When the client runs 'RESTORE k 0 "\x00\x043.14\n\x00\x8cu@}*\xcc\xe8,"'
    Then the reply is OK
    And 'GET k' replies "3.14"

  Scenario: DUMP of binary bytes is Redis's payload, byte for byte
    Given the client runs 'SET k "a\x00b\tc\\d\'e"'
    When the client runs "DUMP k"
    Then the reply is "\x00\ta\x00b\tc\\d'e\n\x00\x94\x90\x98\xcdj\r[L"

  Scenario: RESTORE of Redis's payload for binary bytes recreates the value
    When the client runs 'RESTORE k 0 "\x00\ta\x00b\tc\\d\'e\n\x00\x94\x90\x98\xcdj\r[L"'
    Then the reply is OK
    And 'GET k' replies "a\x00b\tc\\d'e"

  # ---------------------------------------------------------------- DUMP

  Scenario: DUMP of a missing key is a null
    When the client runs "DUMP missing"
    Then the reply is (nil)

  @resp3
  Scenario: DUMP of a missing key is a null in RESP3
    Given the client switches to RESP3
    When the client runs "DUMP missing"
    Then the reply is (null)

  # ---------------------------------------------------------------- RESTORE options

  Scenario: RESTORE refuses to overwrite an existing key
    Given the client runs "SET k old"
    When the client runs 'RESTORE k 0 "\x00\x05hello\n\x00cr\xdfve4 \n"'
    Then the reply is (error) BUSYKEY Target key name already exists.
    And "GET k" replies "old"

  Scenario: RESTORE with REPLACE overwrites an existing key and drops its expire time
    Given the client runs "SET k old EX 100"
    When the client runs 'RESTORE k 0 "\x00\x05hello\n\x00cr\xdfve4 \n" REPLACE'
    Then the reply is OK
    And "GET k" replies "hello"
    And "TTL k" replies (integer) -1

  Scenario: RESTORE-ASKING outside a cluster restores as RESTORE does
    When the client runs 'RESTORE-ASKING k 0 "\x00\x05hello\n\x00cr\xdfve4 \n"'
    Then the reply is OK
    And "GET k" replies "hello"
    When the client runs 'RESTORE-ASKING k 0 "\x00\x05hello\n\x00cr\xdfve4 \n"'
    Then the reply is (error) BUSYKEY Target key name already exists.

  Scenario: RESTORE with a TTL sets a relative expire time in milliseconds
    Given the client runs 'RESTORE k 100000 "\x00\x05hello\n\x00cr\xdfve4 \n"'
    When the client runs "PTTL k"
    Then the reply is an integer between 99000 and 100000

  Scenario: RESTORE with ABSTTL takes the TTL as a unix time in milliseconds
    When the client runs 'RESTORE k 4102444800000 "\x00\x05hello\n\x00cr\xdfve4 \n" ABSTTL'
    Then the reply is OK
    And "PEXPIRETIME k" replies (integer) 4102444800000

  Scenario: RESTORE with an ABSTTL in the past replies OK and creates nothing
    When the client runs 'RESTORE k 1000 "\x00\x05hello\n\x00cr\xdfve4 \n" ABSTTL'
    Then the reply is OK
    And "EXISTS k" replies (integer) 0

  Scenario: RESTORE REPLACE with an ABSTTL in the past deletes the existing key
    Given the client runs "SET k old"
    When the client runs 'RESTORE k 1000 "\x00\x05hello\n\x00cr\xdfve4 \n" ABSTTL REPLACE'
    Then the reply is OK
    And "EXISTS k" replies (integer) 0

  Scenario: RESTORE with IDLETIME sets how long the key has been idle
    Given the client runs 'RESTORE k 0 "\x00\x05hello\n\x00cr\xdfve4 \n" IDLETIME 1000'
    When the client runs "OBJECT IDLETIME k"
    Then the reply is an integer between 1000 and 1010

  @needs:config
  Scenario: RESTORE with FREQ sets the LFU counter under an LFU policy
    Given the config "maxmemory-policy" is set to "allkeys-lfu"
    When the client runs 'RESTORE k 0 "\x00\x05hello\n\x00cr\xdfve4 \n" FREQ 100'
    Then the reply is OK
    And "OBJECT FREQ k" replies (integer) 100

  Scenario: RESTORE refuses a negative TTL
    When the client runs 'RESTORE k -1 "\x00\x05hello\n\x00cr\xdfve4 \n"'
    Then the reply is (error) ERR Invalid TTL value, must be >= 0

  Scenario: RESTORE refuses a TTL that is not an integer
    When the client runs 'RESTORE k 1.5 "\x00\x05hello\n\x00cr\xdfve4 \n"'
    Then the reply is (error) ERR value is not an integer or out of range

  Scenario: RESTORE refuses a negative IDLETIME
    When the client runs 'RESTORE k 0 "\x00\x05hello\n\x00cr\xdfve4 \n" IDLETIME -1'
    Then the reply is (error) ERR Invalid IDLETIME value, must be >= 0

  Scenario: RESTORE refuses a FREQ above 255
    When the client runs 'RESTORE k 0 "\x00\x05hello\n\x00cr\xdfve4 \n" FREQ 256'
    Then the reply is (error) ERR Invalid FREQ value, must be >= 0 and <= 255

  Scenario: RESTORE refuses IDLETIME and FREQ together
    When the client runs 'RESTORE k 0 "\x00\x05hello\n\x00cr\xdfve4 \n" IDLETIME 1 FREQ 1'
    Then the reply is (error) ERR syntax error

  Scenario: RESTORE refuses an unknown option
    When the client runs 'RESTORE k 0 "\x00\x05hello\n\x00cr\xdfve4 \n" KEEPTTL'
    Then the reply is (error) ERR syntax error

  Scenario: RESTORE refuses IDLETIME without its value
    When the client runs 'RESTORE k 0 "\x00\x05hello\n\x00cr\xdfve4 \n" IDLETIME'
    Then the reply is (error) ERR syntax error

  Scenario: RESTORE refuses a payload with a checksum that does not match
    When the client runs 'RESTORE k 0 "\x00\x05hello\n\x00cr\xdfve4 \x0b"'
    Then the reply is (error) ERR DUMP payload version or checksum are wrong
    And "EXISTS k" replies (integer) 0

  Scenario: RESTORE refuses a payload with a newer RDB version (13)
    When the client runs 'RESTORE k 0 "\x00\x05hello\r\x00\xc1\xdbV\xc5b\x81W\xca"'
    Then the reply is (error) ERR DUMP payload version or checksum are wrong
    And "EXISTS k" replies (integer) 0

  Scenario: RESTORE refuses a payload with fewer bytes than a footer
    When the client runs 'RESTORE k 0 "\x00\x05"'
    Then the reply is (error) ERR DUMP payload version or checksum are wrong
    And "EXISTS k" replies (integer) 0

  Scenario: RESTORE refuses a payload with an invalid length encoding
    When the client runs 'RESTORE k 0 "\x00\x85hello\n\x00\x9a\x05^\a\x96\x9at;"'
    Then the reply is (error) ERR Bad data format
    And "EXISTS k" replies (integer) 0

  Scenario: RESTORE refuses a payload with an unknown value type
    When the client runs 'RESTORE k 0 "c\x05hello\n\x00\xa3\x9f\xc9\t\x18 \x06\xb7"'
    Then the reply is (error) ERR Bad data format
    And "EXISTS k" replies (integer) 0

  Scenario: RESTORE refuses a payload with an empty list
    When the client runs 'RESTORE k 0 "\x12\x00\n\x00i\xf6\x84[j\x1b\xbfW"'
    Then the reply is (error) ERR Bad data format
    And "EXISTS k" replies (integer) 0

  @needs:config
  Scenario: With sanitize-dump-payload yes, RESTORE refuses a malformed listpack of a broken entry
    Given the config "sanitize-dump-payload" is set to "yes"
    When the client runs 'RESTORE k 0 "\x11\r\r\x00\x00\x00\x02\x00\x81a\x02\x811\x00\xff\n\x00\xee1\bkS\xf3\x92\xab"'
    Then the reply is (error) ERR Bad data format
    And "EXISTS k" replies (integer) 0

  Scenario: With sanitize-dump-payload yes, RESTORE refuses a malformed listpack of a repeated member
    Given the config "sanitize-dump-payload" is set to "yes"
    When the client runs 'RESTORE k 0 "\x11\x13\x13\x00\x00\x00\x04\x00\x81a\x02\x811\x02\x81a\x02\x812\x02\xff\n\x00\x97j(\x1a\xdf\x04\x99\xdf"'
    Then the reply is (error) ERR Bad data format
    And "EXISTS k" replies (integer) 0

  Scenario: With sanitize-dump-payload yes, RESTORE refuses a malformed listpack of a member without a score
    Given the config "sanitize-dump-payload" is set to "yes"
    When the client runs 'RESTORE k 0 "\x11\x10\x10\x00\x00\x00\x03\x00\x81a\x02\x811\x02\x81b\x02\xff\n\x00\xb7\xfca<\x0f\x83\x94x"'
    Then the reply is (error) ERR Bad data format
    And "EXISTS k" replies (integer) 0

  Scenario: With sanitize-dump-payload clients, RESTORE refuses a malformed listpack of a repeated member
    Given the config "sanitize-dump-payload" is set to "clients"
    When the client runs 'RESTORE k 0 "\x11\x13\x13\x00\x00\x00\x04\x00\x81a\x02\x811\x02\x81a\x02\x812\x02\xff\n\x00\x97j(\x1a\xdf\x04\x99\xdf"'
    Then the reply is (error) ERR Bad data format
    And "EXISTS k" replies (integer) 0

  Scenario: RESTORE reads a string whose length runs into the footer, as Redis does
    When the client runs 'RESTORE k 0 "\x00\nhello\n\x00\xf4\x1e>\x1b\xf1\x12\xc2I"'
    Then the reply is OK
    And "STRLEN k" replies (integer) 10

  Scenario: RESTORE of a listpack hash from Redis recreates it
    When the client runs 'RESTORE h 0 "\x10\r\r\x00\x00\x00\x02\x00\x81f\x02\x81v\x02\xff\n\x00 \xf1=D#T\b\x9d"'
    Then the reply is OK
    And "HGETALL h" replies ["f", "v"]
    And "OBJECT ENCODING h" replies "listpack"

  # ---------------------------------------------------------------- every type

  Scenario: DUMP of a small list is Redis's payload, byte for byte
    Given the client runs "RPUSH k a b 1 -2 65536"
    When the client runs "DUMP k"
    Then the reply is "\x12\x01\x02\x17\x17\x00\x00\x00\x05\x00\x81a\x02\x81b\x02\x01\x01\xdf\xfe\x02\xf2\x00\x00\x01\x04\xff\n\x00\xb8P\x8c\xa4\xce7\xc6\x04"

  Scenario: RESTORE of Redis's payload for a small list recreates it
    When the client runs 'RESTORE k 0 "\x12\x01\x02\x17\x17\x00\x00\x00\x05\x00\x81a\x02\x81b\x02\x01\x01\xdf\xfe\x02\xf2\x00\x00\x01\x04\xff\n\x00\xb8P\x8c\xa4\xce7\xc6\x04"'
    Then the reply is OK
    And "LRANGE k 0 -1" replies ["a", "b", "1", "-2", "65536"]
    And "OBJECT ENCODING k" replies "quicklist"

  Scenario: DUMP of an intset is Redis's payload, byte for byte
    Given the client runs "SADD k 1 2 -3 100000"
    When the client runs "DUMP k"
    Then the reply is "\x0b\x18\x04\x00\x00\x00\x04\x00\x00\x00\xfd\xff\xff\xff\x01\x00\x00\x00\x02\x00\x00\x00\xa0\x86\x01\x00\n\x00\xe5oh\xd5\xee\x10\xfe\xb5"

  Scenario: RESTORE of Redis's payload for an intset recreates it
    When the client runs 'RESTORE k 0 "\x0b\x18\x04\x00\x00\x00\x04\x00\x00\x00\xfd\xff\xff\xff\x01\x00\x00\x00\x02\x00\x00\x00\xa0\x86\x01\x00\n\x00\xe5oh\xd5\xee\x10\xfe\xb5"'
    Then the reply is OK
    And "OBJECT ENCODING k" replies "intset"
    When the client runs "SMEMBERS k"
    Then the reply is an array containing, in any order:
      """
      "-3"
      "1"
      "2"
      "100000"
      """

  Scenario: DUMP of a listpack hash is Redis's payload, byte for byte
    Given the client runs "HSET k f1 v1 f2 2"
    When the client runs "DUMP k"
    Then the reply is "\x10\x15\x15\x00\x00\x00\x04\x00\x82f1\x03\x82v1\x03\x82f2\x03\x02\x01\xff\n\x00\\^\xa8\x13\xfe\xec\x1f\xf5"

  Scenario: RESTORE of Redis's payload for a listpack hash recreates it
    When the client runs 'RESTORE k 0 "\x10\x15\x15\x00\x00\x00\x04\x00\x82f1\x03\x82v1\x03\x82f2\x03\x02\x01\xff\n\x00\\^\xa8\x13\xfe\xec\x1f\xf5"'
    Then the reply is OK
    And "HGETALL k" replies ["f1", "v1", "f2", "2"]
    And "OBJECT ENCODING k" replies "listpack"

  Scenario: DUMP of a listpack sorted set with an infinite score is Redis's payload, byte for byte
    Given the client runs "ZADD k 1.5 a -2 b inf c"
    When the client runs "DUMP k"
    Then the reply is "\x11\x1d\x1d\x00\x00\x00\x06\x00\x81b\x02\xdf\xfe\x02\x81a\x02\x831.5\x04\x81c\x02\x83inf\x04\xff\n\x00sV\xadl\xc2HJ\xd0"

  Scenario: RESTORE of Redis's payload for a listpack sorted set recreates it
    When the client runs 'RESTORE k 0 "\x11\x1d\x1d\x00\x00\x00\x06\x00\x81b\x02\xdf\xfe\x02\x81a\x02\x831.5\x04\x81c\x02\x83inf\x04\xff\n\x00sV\xadl\xc2HJ\xd0"'
    Then the reply is OK
    And "ZRANGE k 0 -1 WITHSCORES" replies ["b", "-2", "a", "1.5", "c", "inf"]
    And "OBJECT ENCODING k" replies "listpack"

  Scenario: DUMP of a skiplist sorted set is Redis's payload, byte for byte
    Given the client runs "ZADD k 1 mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm 2 x"
    When the client runs "DUMP k"
    Then the reply is "\x05\x02\x01x\x00\x00\x00\x00\x00\x00\x00@\xc3\t@H\x01mm\xe0;\x00\x01mm\x00\x00\x00\x00\x00\x00\xf0?\n\x00\x0b\xff`\xe0\xacP\xae\xca"

  Scenario: RESTORE of Redis's payload for a skiplist sorted set recreates it
    When the client runs 'RESTORE k 0 "\x05\x02\x01x\x00\x00\x00\x00\x00\x00\x00@\xc3\t@H\x01mm\xe0;\x00\x01mm\x00\x00\x00\x00\x00\x00\xf0?\n\x00\x0b\xff`\xe0\xacP\xae\xca"'
    Then the reply is OK
    And "ZRANGE k 0 -1 WITHSCORES" replies ["mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm", "1", "x", "2"]
    And "OBJECT ENCODING k" replies "skiplist"

  @needs:debug
  Scenario Outline: A DUMP of <what> restores to the same value in the same encoding
    Given the client runs "<command>" followed by "<item>" for n from 1 to <n>
    When the client restores "copy" from the DUMP of "k"
    Then the keys "k" and "copy" hold the same value
    And "OBJECT ENCODING copy" replies "<encoding>"

    Examples:
      | what                       | command  | item             | n    | encoding  |
      | a list of many nodes       | RPUSH k  | item:{n}         | 3000 | quicklist |
      | a hashtable set            | SADD k   | m{n}             | 600  | hashtable |
      | a large intset             | SADD k   | {n}              | 500  | intset    |
      | a hashtable hash           | HSET k   | f{n} v{n}        | 600  | hashtable |
      | a skiplist sorted set      | ZADD k   | {n} member:{n}   | 200  | skiplist  |
      | a listpack sorted set      | ZADD k   | {n} m{n}         | 100  | listpack  |
