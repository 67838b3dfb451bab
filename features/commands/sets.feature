Feature: Sets
  A set holds distinct strings under one key. SADD creates it, and it disappears when its last member
  goes. Every expectation here was first seen from Redis 7.0.15. The order of members in a reply is
  unspecified, so set contents are compared in any order; random replies (SPOP, SRANDMEMBER) are
  checked by their properties: how many, distinct or not, and all members of the set.

  # ---------------------------------------------------------------- SADD, SREM, SCARD

  Scenario: SADD creates the set and counts the members it added
    When the client runs "SADD s a b c"
    Then the reply is (integer) 3
    And "SCARD s" replies (integer) 3

  Scenario: SADD ignores members already there, even within one call
    Given the client runs "SADD s a"
    When the client runs "SADD s a b b c"
    Then the reply is (integer) 2
    And "SCARD s" replies (integer) 3

  Scenario: SADD keeps members binary-safe and tells "1" from "01"
    When the client runs 'SADD s 1 01 "" "\x00"'
    Then the reply is (integer) 4
    And "SISMEMBER s 01" replies (integer) 1
    And "SISMEMBER s \"\"" replies (integer) 1

  Scenario: SREM removes the members that exist and counts them
    Given the client runs "SADD s a b c"
    When the client runs "SREM s a missing a"
    Then the reply is (integer) 1
    And "SCARD s" replies (integer) 2

  Scenario: SREM of the last members deletes the key
    Given the client runs "SADD s a b"
    When the client runs "SREM s a b"
    Then the reply is (integer) 2
    And "EXISTS s" replies (integer) 0

  Scenario: SREM and SCARD on a missing key answer 0
    Then "SREM nokey a" replies (integer) 0
    And "SCARD nokey" replies (integer) 0

  # ---------------------------------------------------------------- SISMEMBER, SMISMEMBER, SMEMBERS

  Scenario Outline: SISMEMBER tells whether <member> is in the set
    Given the client runs "SADD s 1 2 a"
    Then "SISMEMBER s <member>" replies (integer) <answer>

    Examples:
      | member | answer |
      | 1      | 1      |
      | a      | 1      |
      | 01     | 0      |
      | +1     | 0      |
      | b      | 0      |

  Scenario Outline: SISMEMBER on an all-integer set matches members by their exact text (<member>)
    Given the client runs "SADD s 1 -5 9223372036854775807"
    Then "SISMEMBER s <member>" replies (integer) <answer>

    Examples:
      | member               | answer |
      | -5                   | 1      |
      | 9223372036854775807  | 1      |
      | 9223372036854775808  | 0      |
      | 1.0                  | 0      |
      | -05                  | 0      |
      | x                    | 0      |

  Scenario: SISMEMBER on a missing key is 0
    Then "SISMEMBER nokey a" replies (integer) 0

  Scenario: SMISMEMBER answers for each member in order
    Given the client runs "SADD s a b 3"
    When the client runs "SMISMEMBER s a x 3 b a"
    Then the reply is [(integer) 1, (integer) 0, (integer) 1, (integer) 1, (integer) 1]

  Scenario: SMISMEMBER on a missing key answers 0 for every member
    Then "SMISMEMBER nokey a b" replies [(integer) 0, (integer) 0]

  Scenario: SMEMBERS lists every member
    Given the client runs "SADD s x y z"
    When the client runs "SMEMBERS s"
    Then the reply is an array containing, in any order:
      """
      "x"
      "y"
      "z"
      """

  Scenario: A set's TYPE is set, whatever its encoding
    Given the client runs "SADD ints 1 2"
    And the client runs "SADD strings a b"
    Then "TYPE ints" replies set
    And "TYPE strings" replies set

  Scenario: SMEMBERS of a missing key is an empty array
    Then "SMEMBERS nokey" replies (empty array)

  Scenario: SMEMBERS of a set of integers lists them in ascending numeric order
    Given the client runs "SADD s 10 -3 7 0"
    Then "SMEMBERS s" replies ["-3", "0", "7", "10"]

  @resp3
  Scenario: SMEMBERS replies a set in RESP3
    Given the client runs "SADD s a b"
    When the client switches to RESP3
    Then "SMEMBERS s" replies {"a", "b"}
    And "SMEMBERS nokey" replies (empty set)

  Scenario: SMEMBERS returns every member of a large set
    Given the client runs "SADD big" followed by "m{n}" for n from 1 to 1000
    When the client runs "SMEMBERS big"
    Then the reply is an array of 1000 distinct bulk strings matching "m[0-9]+"

  # ---------------------------------------------------------------- SMOVE

  Scenario: SMOVE moves a member to another set
    Given the client runs "SADD src a b"
    And the client runs "SADD dst c"
    When the client runs "SMOVE src dst a"
    Then the reply is (integer) 1
    And "SMEMBERS src" replies ["b"]
    And "SISMEMBER dst a" replies (integer) 1

  Scenario: SMOVE creates the destination and deletes an emptied source
    Given the client runs "SADD src a"
    When the client runs "SMOVE src dst a"
    Then the reply is (integer) 1
    And "EXISTS src" replies (integer) 0
    And "SMEMBERS dst" replies ["a"]

  Scenario: SMOVE of a member the destination already has still removes it from the source
    Given the client runs "SADD src a b"
    And the client runs "SADD dst a"
    When the client runs "SMOVE src dst a"
    Then the reply is (integer) 1
    And "SCARD src" replies (integer) 1
    And "SCARD dst" replies (integer) 1

  Scenario: SMOVE of a member the source lacks moves nothing
    Given the client runs "SADD src a"
    When the client runs "SMOVE src dst x"
    Then the reply is (integer) 0
    And "EXISTS dst" replies (integer) 0

  Scenario: SMOVE from a missing key moves nothing, even to a key of another type
    Given the client runs "SET str v"
    Then "SMOVE nokey dst a" replies (integer) 0
    And "SMOVE nokey str a" replies (integer) 0

  Scenario: SMOVE within one key only tells whether the member is there
    Given the client runs "SADD s a"
    Then "SMOVE s s a" replies (integer) 1
    And "SMOVE s s x" replies (integer) 0
    And "SMEMBERS s" replies ["a"]

  Scenario Outline: SMOVE between a set and a key of another type is WRONGTYPE (<case>)
    Given the client runs "SADD s a"
    And the client runs "SET str v"
    When the client runs "SMOVE <src> <dst> a"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value
    And "SISMEMBER s a" replies (integer) 1

    Examples:
      | case                        | src | dst |
      | the destination is a string | s   | str |
      | the source is a string      | str | s   |

  # ---------------------------------------------------------------- SPOP

  Scenario: SPOP removes and returns a random member
    Given the client runs "SADD s a b c"
    When the client runs "SPOP s"
    Then the reply is a bulk string matching "[abc]"
    And "SCARD s" replies (integer) 2

  Scenario: SPOP of the last member deletes the key
    Given the client runs "SADD s 5"
    When the client runs "SPOP s"
    Then the reply is "5"
    And "EXISTS s" replies (integer) 0

  Scenario: SPOP on a missing key is nil, or an empty array with a count
    Then "SPOP nokey" replies (nil)
    And "SPOP nokey 3" replies (empty array)

  Scenario Outline: SPOP with a count removes that many distinct members (<count> of 6)
    Given the client runs "SADD s a b c d e f"
    When the client runs "SPOP s <count>"
    Then the reply is an array of <count> distinct elements, each one of:
      """
      "a"
      "b"
      "c"
      "d"
      "e"
      "f"
      """
    And "SCARD s" replies (integer) <left>

    Examples:
      | count | left |
      | 1     | 5    |
      | 2     | 4    |
      | 5     | 1    |

  Scenario: SPOP with a count leaves exactly the members it did not return
    Given the client runs "SADD s 1 2 3 4 5 6 7 8 9 10"
    When the client runs "SPOP s 9"
    Then the reply is an array of 9 distinct elements, each one of:
      """
      "1"
      "2"
      "3"
      "4"
      "5"
      "6"
      "7"
      "8"
      "9"
      "10"
      """
    And "SCARD s" replies (integer) 1

  Scenario: SPOP with a count at least the size returns the whole set and deletes the key
    Given the client runs "SADD s a b c"
    When the client runs "SPOP s 10"
    Then the reply is an array containing, in any order:
      """
      "a"
      "b"
      "c"
      """
    And "EXISTS s" replies (integer) 0

  Scenario: SPOP with a count of 0 returns nothing and keeps the set
    Given the client runs "SADD s a"
    Then "SPOP s 0" replies (empty array)
    And "SCARD s" replies (integer) 1

  Scenario: SPOP with a count on a large set removes that many members
    Given the client runs "SADD big" followed by "m{n}" for n from 1 to 1000
    When the client runs "SPOP big 900"
    Then the reply is an array of 900 distinct bulk strings matching "m[0-9]+"
    And "SCARD big" replies (integer) 100

  @resp3
  Scenario: SPOP with a count replies a set in RESP3
    Given the client runs "SADD s a b c"
    When the client switches to RESP3
    And the client runs "SPOP s 2"
    Then the set reply holds 2 elements, each one of:
      """
      "a"
      "b"
      "c"
      """
    And "SPOP s 0" replies (empty set)
    And "SPOP nokey 1" replies (empty set)
    And "SPOP nokey" replies (null)

  Scenario Outline: SPOP checks its count (<args>)
    Given the client runs "SADD s a"
    When the client runs "SPOP s <args>"
    Then the reply is (error) ERR <error>
    And "SCARD s" replies (integer) 1

    Examples:
      | args | error                                 |
      | -1   | value is out of range, must be positive |
      | x    | value is out of range, must be positive |
      | 1 2  | syntax error                          |

  # ---------------------------------------------------------------- SRANDMEMBER

  Scenario: SRANDMEMBER returns a random member and keeps it
    Given the client runs "SADD s a b c"
    When the client runs "SRANDMEMBER s"
    Then the reply is a bulk string matching "[abc]"
    And "SCARD s" replies (integer) 3

  Scenario: SRANDMEMBER on a missing key is nil, or an empty array with a count
    Then "SRANDMEMBER nokey" replies (nil)
    And "SRANDMEMBER nokey 5" replies (empty array)
    And "SRANDMEMBER nokey -5" replies (empty array)

  Scenario Outline: SRANDMEMBER with a positive count returns distinct members (<count> of 5)
    Given the client runs "SADD s a b c d e"
    When the client runs "SRANDMEMBER s <count>"
    Then the reply is an array of <n> distinct elements, each one of:
      """
      "a"
      "b"
      "c"
      "d"
      "e"
      """
    And "SCARD s" replies (integer) 5

    Examples:
      | count | n |
      | 1     | 1 |
      | 2     | 2 |
      | 4     | 4 |
      | 5     | 5 |
      | 50    | 5 |

  Scenario Outline: SRANDMEMBER with a negative count may repeat and returns exactly |count| members (<count>)
    Given the client runs "SADD s 1 2"
    When the client runs "SRANDMEMBER s <count>"
    Then the reply is an array of <n> elements, each one of:
      """
      "1"
      "2"
      """

    Examples:
      | count | n  |
      | -1    | 1  |
      | -2    | 2  |
      | -20   | 20 |

  Scenario: SRANDMEMBER with a count of 0 is an empty array
    Given the client runs "SADD s a"
    Then "SRANDMEMBER s 0" replies (empty array)

  Scenario Outline: SRANDMEMBER on a large set returns <count> distinct members
    Given the client runs "SADD big" followed by "m{n}" for n from 1 to 600
    When the client runs "SRANDMEMBER big <count>"
    Then the reply is an array of <count> distinct bulk strings matching "m[0-9]+"

    Examples:
      | count |
      | 10    |
      | 199   |
      | 201   |
      | 599   |
      | 600   |

  @resp3
  Scenario: SRANDMEMBER with a count stays an array in RESP3
    Given the client runs "SADD s a b"
    When the client switches to RESP3
    And the client runs "SRANDMEMBER s 5"
    Then the reply is an array containing, in any order:
      """
      "a"
      "b"
      """
    And "SRANDMEMBER s 0" replies (empty array)
    And "SRANDMEMBER nokey" replies (null)

  Scenario Outline: SRANDMEMBER checks its count (<args>)
    Given the client runs "SADD s a"
    When the client runs "SRANDMEMBER s <args>"
    Then the reply is (error) ERR <error>

    Examples:
      | args                 | error                                                                                 |
      | x                    | value is not an integer or out of range                                               |
      | 1.5                  | value is not an integer or out of range                                               |
      | -9223372036854775808 | value is out of range, value must between -9223372036854775807 and 9223372036854775807 |
      | 1 2                  | syntax error                                                                          |

  # ---------------------------------------------------------------- SINTER, SINTERCARD, SINTERSTORE

  Scenario: SINTER returns the members every set has
    Given the client runs:
      """
      SADD a 1 2 3 x
      SADD b 2 3 4 x
      SADD c 3 x 9
      """
    When the client runs "SINTER a b c"
    Then the reply is an array containing, in any order:
      """
      "3"
      "x"
      """

  Scenario: SINTER with a missing key is empty
    Given the client runs "SADD a 1 2"
    Then "SINTER a nokey" replies (empty array)
    And "SINTER nokey a" replies (empty array)

  Scenario: SINTER of one set, or of a set with itself, is that set
    Given the client runs "SADD a x y"
    When the client runs "SINTER a a"
    Then the reply is an array containing, in any order:
      """
      "x"
      "y"
      """

  @resp3
  Scenario: SINTER replies a set in RESP3
    Given the client runs "SADD a 1 2"
    And the client runs "SADD b 2 3"
    When the client switches to RESP3
    Then "SINTER a b" replies {"2"}
    And "SINTER a nokey" replies (empty set)

  Scenario: SINTERCARD counts the intersection without listing it
    Given the client runs "SADD a 1 2 3 4"
    And the client runs "SADD b 2 3 4 5"
    Then "SINTERCARD 2 a b" replies (integer) 3
    And "SINTERCARD 1 a" replies (integer) 4
    And "SINTERCARD 2 a nokey" replies (integer) 0

  Scenario Outline: SINTERCARD stops counting at LIMIT (<limit>)
    Given the client runs "SADD a 1 2 3 4"
    And the client runs "SADD b 2 3 4 5"
    Then "SINTERCARD 2 a b LIMIT <limit>" replies (integer) <count>

    Examples:
      | limit | count |
      | 0     | 3     |
      | 1     | 1     |
      | 2     | 2     |
      | 3     | 3     |
      | 100   | 3     |

  Scenario: SINTERCARD takes the last LIMIT given
    Given the client runs "SADD a 1 2 3"
    Then "SINTERCARD 1 a LIMIT 1 LIMIT 0" replies (integer) 3

  Scenario Outline: SINTERCARD checks its arguments (<args>)
    Given the client runs "SADD a 1 2 3"
    When the client runs "SINTERCARD <args>"
    Then the reply is (error) ERR <error>

    Examples:
      | args            | error                                               |
      | 0 a             | numkeys should be greater than 0                    |
      | -1 a            | numkeys should be greater than 0                    |
      | x a             | numkeys should be greater than 0                    |
      | 2 a             | Number of keys can't be greater than number of args |
      | 1 a LIMIT -1    | LIMIT can't be negative                             |
      | 1 a LIMIT x     | LIMIT can't be negative                             |
      | 1 a LIMIT       | syntax error                                        |
      | 1 a FOO 1       | syntax error                                        |
      | 1 nokey LIMIT x | LIMIT can't be negative                             |

  Scenario: SINTERSTORE stores the intersection and returns its size
    Given the client runs "SADD a 1 2 3"
    And the client runs "SADD b 2 3 4"
    When the client runs "SINTERSTORE dst a b"
    Then the reply is (integer) 2
    And "SMEMBERS dst" replies ["2", "3"]

  Scenario: SINTERSTORE replaces a destination of any type
    Given the client runs "SADD a x"
    And the client runs "SET dst text"
    When the client runs "SINTERSTORE dst a"
    Then the reply is (integer) 1
    And "TYPE dst" replies set

  Scenario: SINTERSTORE of an empty intersection deletes the destination
    Given the client runs "SADD a 1"
    And the client runs "SADD b 2"
    And the client runs "SADD dst old"
    When the client runs "SINTERSTORE dst a b"
    Then the reply is (integer) 0
    And "EXISTS dst" replies (integer) 0
    When the client runs "SINTERSTORE dst a nokey"
    Then the reply is (integer) 0

  Scenario: SINTERSTORE may use its destination as a source
    Given the client runs "SADD a 1 2 3"
    And the client runs "SADD b 2 3 4"
    When the client runs "SINTERSTORE a a b"
    Then the reply is (integer) 2
    And "SMEMBERS a" replies ["2", "3"]

  # ---------------------------------------------------------------- SUNION, SUNIONSTORE

  Scenario: SUNION returns every member of every set once
    Given the client runs "SADD a 1 2 x"
    And the client runs "SADD b 2 3 x y"
    When the client runs "SUNION a b nokey"
    Then the reply is an array containing, in any order:
      """
      "1"
      "2"
      "3"
      "x"
      "y"
      """

  Scenario: SUNION of missing keys is empty
    Then "SUNION nokey other" replies (empty array)

  @resp3
  Scenario: SUNION replies a set in RESP3
    Given the client runs "SADD a 1"
    And the client runs "SADD b 2"
    When the client switches to RESP3
    Then "SUNION a b" replies {"1", "2"}
    And "SUNION nokey" replies (empty set)

  Scenario: SUNIONSTORE stores the union and returns its size
    Given the client runs "SADD a 1 2"
    And the client runs "SADD b 2 3"
    When the client runs "SUNIONSTORE a a b"
    Then the reply is (integer) 3
    And "SMEMBERS a" replies ["1", "2", "3"]

  Scenario: SUNIONSTORE of nothing deletes the destination
    Given the client runs "SADD dst old"
    When the client runs "SUNIONSTORE dst nokey"
    Then the reply is (integer) 0
    And "EXISTS dst" replies (integer) 0

  # ---------------------------------------------------------------- SDIFF, SDIFFSTORE

  Scenario: SDIFF returns the members of the first set that no other set has
    Given the client runs:
      """
      SADD a 1 2 3 x y
      SADD b 2 x
      SADD c 3 z
      """
    When the client runs "SDIFF a b c nokey"
    Then the reply is an array containing, in any order:
      """
      "1"
      "y"
      """

  Scenario: SDIFF of a set alone is that set
    Given the client runs "SADD a 3 1 2"
    Then "SDIFF a" replies ["1", "2", "3"]

  Scenario: SDIFF from a missing first key is empty
    Given the client runs "SADD b 1"
    Then "SDIFF nokey b" replies (empty array)

  Scenario: SDIFF of a set with itself is empty
    Given the client runs "SADD a 1 2"
    Then "SDIFF a b a" replies (empty array)

  Scenario: SDIFF against many small sets removes their members
    Given the client runs "SADD a" followed by "{n}" for n from 1 to 20
    And the client runs "SADD b 1 2 3"
    And the client runs "SADD c 4"
    And the client runs "SADD d 5 6"
    Then "SDIFF a b c d" replies ["7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"]

  @resp3
  Scenario: SDIFF replies a set in RESP3
    Given the client runs "SADD a 1 2"
    And the client runs "SADD b 2"
    When the client switches to RESP3
    Then "SDIFF a b" replies {"1"}
    And "SDIFF nokey" replies (empty set)

  Scenario: SDIFFSTORE stores the difference and returns its size
    Given the client runs "SADD a 1 2 3"
    And the client runs "SADD b 2"
    When the client runs "SDIFFSTORE dst a b"
    Then the reply is (integer) 2
    And "SMEMBERS dst" replies ["1", "3"]

  Scenario: SDIFFSTORE of an empty difference deletes the destination
    Given the client runs "SADD a 1"
    And the client runs "SADD dst old"
    When the client runs "SDIFFSTORE dst a a"
    Then the reply is (integer) 0
    And "EXISTS dst" replies (integer) 0

  # ---------------------------------------------------------------- SSCAN

  Scenario: SSCAN returns a small integer set in one call
    Given the client runs "SADD s 3 1 2"
    When the client runs "SSCAN s 0 COUNT 1"
    Then the reply is ["0", ["1", "2", "3"]]

  Scenario: SSCAN MATCH filters members
    Given the client runs "SADD s 1 10 11 2 20"
    When the client runs "SSCAN s 0 MATCH 1*"
    Then the reply is ["0", ["1", "10", "11"]]

  Scenario: SSCAN of a missing key is an empty page
    Then "SSCAN nokey 0" replies ["0", (empty array)]

  Scenario: SSCAN walks a large set over several calls and returns every member
    Given the client runs "SADD big" followed by "m{n}" for n from 1 to 1000
    When the client scans with "SSCAN big {cursor} COUNT 25" until the cursor is 0
    Then the scan took more than one call
    And the scan returned 1000 distinct elements

  Scenario: SSCAN with MATCH on a large set returns only the matching members
    Given the client runs "SADD big" followed by "m{n}" for n from 1 to 1000
    Then scanning with "SSCAN big {cursor} MATCH m99?" returns exactly, in any order:
      """
      "m990"
      "m991"
      "m992"
      "m993"
      "m994"
      "m995"
      "m996"
      "m997"
      "m998"
      "m999"
      """

  Scenario Outline: SSCAN checks its cursor and options (<args>)
    Given the client runs "SADD s a"
    When the client runs "SSCAN s <args>"
    Then the reply is (error) ERR <error>

    Examples:
      | args          | error                                   |
      | x             | invalid cursor                          |
      | 1.5           | invalid cursor                          |
      | 0 COUNT 0     | syntax error                            |
      | 0 COUNT x     | value is not an integer or out of range |
      | 0 MATCH       | syntax error                            |
      | 0 TYPE set    | syntax error                            |
      | 0 FOO bar     | syntax error                            |

  # ---------------------------------------------------------------- types and arity

  Scenario Outline: <command> on a key holding another type is WRONGTYPE
    Given the client runs "SET str value"
    And the client runs "SADD set a"
    When the client runs "<command>"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value
    And "GET str" replies "value"

    Examples:
      | command                   |
      | SADD str a                |
      | SREM str a                |
      | SCARD str                 |
      | SISMEMBER str a           |
      | SMISMEMBER str a          |
      | SMEMBERS str              |
      | SPOP str                  |
      | SPOP str 2                |
      | SRANDMEMBER str           |
      | SRANDMEMBER str -2        |
      | SINTER set str            |
      | SINTER nokey str          |
      | SINTERCARD 2 nokey str    |
      | SINTERSTORE dst set str   |
      | SUNION set str            |
      | SUNIONSTORE dst nokey str |
      | SDIFF set str             |
      | SDIFF nokey str           |
      | SDIFFSTORE dst set str    |
      | SSCAN str 0               |

  Scenario: A store command that meets the wrong type leaves its destination alone
    Given the client runs "SET str value"
    And the client runs "SADD dst keep"
    When the client runs "SUNIONSTORE dst str"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value
    And "SMEMBERS dst" replies ["keep"]

  Scenario Outline: <command> with too few arguments is an arity error
    When the client runs "<command>"
    Then the reply is (error) ERR wrong number of arguments for '<name>' command

    Examples:
      | command      | name        |
      | SADD s       | sadd        |
      | SREM s       | srem        |
      | SMOVE a b    | smove       |
      | SINTERCARD 1 | sintercard  |
      | SDIFFSTORE d | sdiffstore  |
      | SMISMEMBER s | smismember  |
