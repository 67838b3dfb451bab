@sorted-sets
Feature: Sorted set commands
  A sorted set holds unique members, each with a floating point score, ordered by score and then by
  the members' bytes. This file covers adding, updating, removing and reading members, popping the
  lowest or highest, random members, ZSCAN and the set algebra (ZUNION, ZINTER, ZDIFF); ranges are in
  sorted-set-ranges.feature. Scores come back as Redis formats doubles ("%.17g", inf and -inf): bulk
  strings in RESP2, doubles in RESP3. Every expectation was first seen from Redis 7.0.15.

  # ------------------------------------------------------------------ ZADD

  Scenario: ZADD adds members and counts the new ones
    When the client runs "ZADD z 1 a 2 b 3 c"
    Then the reply is (integer) 3
    And "ZRANGE z 0 -1 WITHSCORES" replies ["a", "1", "b", "2", "c", "3"]

  Scenario: ZADD does not count members it only updates
    Given the client runs "ZADD z 1 a 2 b"
    When the client runs "ZADD z 10 a 3 c"
    Then the reply is (integer) 1
    And "ZRANGE z 0 -1 WITHSCORES" replies ["b", "2", "c", "3", "a", "10"]

  Scenario: ZADD of a member named twice keeps the last score
    When the client runs "ZADD z 1 a 2 a"
    Then the reply is (integer) 1
    And "ZSCORE z a" replies "2"

  Scenario: Members with the same score are ordered by their bytes
    Given the client runs "ZADD z 1 b 1 B 1 ab 1 a 0 z"
    When the client runs "ZRANGE z 0 -1"
    Then the reply is ["z", "B", "a", "ab", "b"]

  Scenario Outline: ZADD <options> <situation>
    Given the client runs "ZADD z 5 a"
    When the client runs "ZADD z <options> <score> <member>"
    Then the reply is <reply>
    And "ZRANGE z 0 -1 WITHSCORES" replies <after>

    Examples:
      | options | situation                                  | score | member | reply       | after                    |
      | NX      | adds a new member                          | 1     | b      | (integer) 1 | ["b", "1", "a", "5"]     |
      | NX      | leaves an existing member alone            | 1     | a      | (integer) 0 | ["a", "5"]               |
      | XX      | does not add a new member                  | 1     | b      | (integer) 0 | ["a", "5"]               |
      | XX      | updates an existing member                 | 1     | a      | (integer) 0 | ["a", "1"]               |
      | XX CH   | counts the updated member                  | 1     | a      | (integer) 1 | ["a", "1"]               |
      | GT      | raises a score                             | 7     | a      | (integer) 0 | ["a", "7"]               |
      | GT CH   | does not lower a score                     | 3     | a      | (integer) 0 | ["a", "5"]               |
      | GT      | still adds a new member                    | 1     | b      | (integer) 1 | ["b", "1", "a", "5"]     |
      | LT CH   | lowers a score                             | 3     | a      | (integer) 1 | ["a", "3"]               |
      | LT CH   | does not raise a score                     | 7     | a      | (integer) 0 | ["a", "5"]               |
      | LT CH   | counts nothing when the score is the same  | 5     | a      | (integer) 0 | ["a", "5"]               |
      | CH      | counts added and updated members           | 6     | a      | (integer) 1 | ["a", "6"]               |
      | nx ch   | takes options in any case                  | 1     | b      | (integer) 1 | ["b", "1", "a", "5"]     |
      | XX GT   | combines XX with GT                        | 9     | a      | (integer) 0 | ["a", "9"]               |

  Scenario: ZADD CH counts added and updated members together
    Given the client runs "ZADD z 1 a 2 b"
    When the client runs "ZADD z CH 1 a 20 b 3 c"
    Then the reply is (integer) 2

  Scenario: ZADD XX on a missing key creates nothing
    When the client runs "ZADD z XX 1 a"
    Then the reply is (integer) 0
    And "EXISTS z" replies (integer) 0

  Scenario Outline: ZADD refuses <problem>
    When the client runs "ZADD z <arguments>"
    Then the reply is (error) ERR <error>

    Examples:
      | problem                        | arguments           | error                                                          |
      | NX with XX                     | NX XX 1 a           | XX and NX options at the same time are not compatible          |
      | GT with LT                     | GT LT 1 a           | GT, LT, and/or NX options at the same time are not compatible  |
      | GT with NX                     | GT NX 1 a           | GT, LT, and/or NX options at the same time are not compatible  |
      | LT with NX                     | NX LT 1 a           | GT, LT, and/or NX options at the same time are not compatible  |
      | INCR with two pairs            | INCR 1 a 2 b        | INCR option supports a single increment-element pair           |
      | a score without a member       | 1 a 2               | syntax error                                                   |
      | options without any pair       | NX CH               | syntax error                                                   |
      | a score that is not a number   | abc a               | value is not a valid float                                     |
      | a NaN score                    | nan a               | value is not a valid float                                     |
      | a later bad score              | 1 a 2 b x c         | value is not a valid float                                     |

  Scenario: ZADD refuses a score with leading space, which other commands' ranges accept
    When the client runs 'ZADD z " 1" a'
    Then the reply is (error) ERR value is not a valid float

  Scenario: ZADD checks the pairs before the option clashes
    When the client runs "ZADD z NX XX 1"
    Then the reply is (error) ERR syntax error

  Scenario: ZADD with a bad score adds none of the pairs
    When the client runs "ZADD z 1 a x b"
    Then the reply is (error) ERR value is not a valid float
    And "EXISTS z" replies (integer) 0

  Scenario: ZADD needs a key, a score and a member
    When the client runs "ZADD z 1"
    Then the reply is (error) ERR wrong number of arguments for 'zadd' command

  Scenario Outline: ZADD accepts the score <score>
    When the client runs "ZADD z <score> a"
    Then the reply is (integer) 1
    And "ZSCORE z a" replies <stored>

    Examples:
      | score                | stored                 |
      | 1.5                  | "1.5"                  |
      | -2                   | "-2"                   |
      | 0.1                  | "0.10000000000000001"  |
      | 1e17                 | "1e+17"                |
      | 123456789012345678   | "1.2345678901234568e+17" |
      | +inf                 | "inf"                  |
      | -INF                 | "-inf"                 |
      | infinity             | "inf"                  |
      | 0x10                 | "16"                   |
      | 1e-5                 | "1.0000000000000001e-05" |
      | .5                   | "0.5"                  |
      | -0                   | "0"                    |

  # ------------------------------------------------------------------ ZADD INCR and ZINCRBY

  Scenario: ZADD INCR adds the increment and replies the new score
    Given the client runs "ZADD z 1.5 a"
    When the client runs "ZADD z INCR 2 a"
    Then the reply is "3.5"

  Scenario: ZADD INCR of a new member starts from zero
    When the client runs "ZADD z INCR 2.5 a"
    Then the reply is "2.5"
    And "ZCARD z" replies (integer) 1

  Scenario Outline: ZADD INCR <options> replies nil when the member is not updated
    Given the client runs "ZADD z 5 a"
    When the client runs "ZADD z INCR <options> <increment> <member>"
    Then the reply is (nil)
    And "ZRANGE z 0 -1 WITHSCORES" replies ["a", "5"]

    Examples:
      | options | increment | member |
      | NX      | 1         | a      |
      | XX      | 1         | b      |
      | GT      | -1        | a      |
      | LT      | 1         | a      |

  @resp3
  Scenario: ZADD INCR replies a double in RESP3, and a null when nothing changed
    Given the client switches to RESP3
    And the client runs "ZADD z 1 a"
    When the client runs "ZADD z INCR 0.5 a"
    Then the reply is (double) 1.5
    And "ZADD z INCR NX 1 a" replies (null)

  Scenario: ZADD INCR refuses to make a NaN score and changes nothing
    Given the client runs "ZADD z inf a"
    When the client runs "ZADD z INCR -inf a"
    Then the reply is (error) ERR resulting score is not a number (NaN)
    And "ZSCORE z a" replies "inf"

  Scenario: ZINCRBY increments a member's score
    Given the client runs "ZADD z 10 a"
    When the client runs "ZINCRBY z -2.5 a"
    Then the reply is "7.5"
    And "ZSCORE z a" replies "7.5"

  Scenario: ZINCRBY creates the key and the member
    When the client runs "ZINCRBY z 3 a"
    Then the reply is "3"
    And "TYPE z" replies zset

  Scenario: ZINCRBY reaching infinity stays infinite
    Given the client runs "ZADD z 1 a"
    When the client runs "ZINCRBY z inf a"
    Then the reply is "inf"

  Scenario: ZINCRBY refuses to add -inf to inf
    Given the client runs "ZADD z inf a"
    When the client runs "ZINCRBY z -inf a"
    Then the reply is (error) ERR resulting score is not a number (NaN)

  Scenario: ZINCRBY refuses an increment that is not a float
    When the client runs "ZINCRBY z abc a"
    Then the reply is (error) ERR value is not a valid float

  Scenario: ZINCRBY moves the member to its new place
    Given the client runs "ZADD z 1 a 2 b 3 c"
    When the client runs "ZINCRBY z 10 a"
    Then "ZRANGE z 0 -1" replies ["b", "c", "a"]

  # ------------------------------------------------------------------ ZREM

  Scenario: ZREM removes members and counts those that existed
    Given the client runs "ZADD z 1 a 2 b 3 c"
    When the client runs "ZREM z a c nope"
    Then the reply is (integer) 2
    And "ZRANGE z 0 -1" replies ["b"]

  Scenario: ZREM of the last members deletes the key
    Given the client runs "ZADD z 1 a 2 b"
    When the client runs "ZREM z a b"
    Then the reply is (integer) 2
    And "EXISTS z" replies (integer) 0

  Scenario: ZREM counts a member named twice once
    Given the client runs "ZADD z 1 a 2 b"
    When the client runs "ZREM z a a"
    Then the reply is (integer) 1

  Scenario: ZREM on a missing key removes nothing
    When the client runs "ZREM z a"
    Then the reply is (integer) 0

  # ------------------------------------------------------------------ ZCARD, ZSCORE, ZMSCORE

  Scenario: ZCARD counts the members
    Given the client runs "ZADD z 1 a 2 b 3 c"
    When the client runs "ZCARD z"
    Then the reply is (integer) 3

  Scenario: ZCARD of a missing key is 0
    When the client runs "ZCARD z"
    Then the reply is (integer) 0

  Scenario: ZSCORE of a missing member or key is nil
    Given the client runs "ZADD z 1 a"
    When the client runs "ZSCORE z b"
    Then the reply is (nil)
    And "ZSCORE nokey a" replies (nil)

  Scenario: ZMSCORE replies a score or nil for each member
    Given the client runs "ZADD z 1 a 2.5 b"
    When the client runs "ZMSCORE z a nope b"
    Then the reply is ["1", (nil), "2.5"]

  Scenario: ZMSCORE of a missing key is nil for each member
    When the client runs "ZMSCORE nokey a b"
    Then the reply is [(nil), (nil)]

  @resp3
  Scenario: ZSCORE and ZMSCORE reply doubles and nulls in RESP3
    Given the client switches to RESP3
    And the client runs "ZADD z 1 a -inf b 0.1 c"
    When the client runs "ZMSCORE z a b c nope"
    Then the reply is [(double) 1, (double) -inf, (double) 0.10000000000000001, (null)]
    And "ZSCORE z nope" replies (null)

  # ------------------------------------------------------------------ ZRANK and ZREVRANK

  Scenario Outline: <command> gives a member's 0-based position <from>
    Given the client runs "ZADD z 1 a 2 b 3 c 4 d"
    When the client runs "<command> z b"
    Then the reply is (integer) <rank>

    Examples:
      | command  | from                   | rank |
      | ZRANK    | from the lowest score  | 1    |
      | ZREVRANK | from the highest score | 2    |

  Scenario Outline: <command> of a missing member or key is nil
    Given the client runs "ZADD z 1 a"
    When the client runs "<command> z nope"
    Then the reply is (nil)
    And "<command> nokey a" replies (nil)

    Examples:
      | command  |
      | ZRANK    |
      | ZREVRANK |

  Scenario: ZRANK follows score updates
    Given the client runs "ZADD z 1 a 2 b 3 c"
    And the client runs "ZADD z 10 a"
    When the client runs "ZRANK z a"
    Then the reply is (integer) 2

  # ------------------------------------------------------------------ ZPOPMIN and ZPOPMAX

  Scenario Outline: <command> without a count pops one member with its score
    Given the client runs "ZADD z 1 a 2 b 3 c"
    When the client runs "<command> z"
    Then the reply is <popped>
    And "ZCARD z" replies (integer) 2

    Examples:
      | command | popped     |
      | ZPOPMIN | ["a", "1"] |
      | ZPOPMAX | ["c", "3"] |

  Scenario Outline: <command> with a count pops up to that many members in order
    Given the client runs "ZADD z 1 a 2 b 3 c"
    When the client runs "<command> z <count>"
    Then the reply is <popped>

    Examples:
      | command | count | popped                               |
      | ZPOPMIN | 2     | ["a", "1", "b", "2"]                 |
      | ZPOPMAX | 2     | ["c", "3", "b", "2"]                 |
      | ZPOPMIN | 10    | ["a", "1", "b", "2", "c", "3"]       |
      | ZPOPMAX | 0     | (empty array)                        |

  Scenario: Popping the last member deletes the key
    Given the client runs "ZADD z 1 a"
    When the client runs "ZPOPMIN z 5"
    Then the reply is ["a", "1"]
    And "EXISTS z" replies (integer) 0

  Scenario Outline: <command> of a missing key is an empty array
    When the client runs "<command> nokey <count>"
    Then the reply is (empty array)

    Examples:
      | command | count |
      | ZPOPMIN |       |
      | ZPOPMAX | 3     |

  Scenario Outline: ZPOPMIN refuses the count <count>
    Given the client runs "ZADD z 1 a"
    When the client runs "ZPOPMIN z <count>"
    Then the reply is (error) ERR <error>

    Examples:
      | count | error                                 |
      | -1    | value is out of range, must be positive |
      | abc   | value is out of range, must be positive |
      | 1 2   | syntax error                          |

  @resp3
  Scenario: ZPOPMIN with a count nests member and score pairs in RESP3
    Given the client switches to RESP3
    And the client runs "ZADD z 1 a 2 b"
    When the client runs "ZPOPMIN z 2"
    Then the reply is [["a", (double) 1], ["b", (double) 2]]

  @resp3
  Scenario: ZPOPMAX without a count stays flat in RESP3
    Given the client switches to RESP3
    And the client runs "ZADD z 1 a 2 b"
    When the client runs "ZPOPMAX z"
    Then the reply is ["b", (double) 2]

  # ------------------------------------------------------------------ ZMPOP

  Scenario: ZMPOP pops from the first non-empty key and names it
    Given the client runs "ZADD z2 1 a 2 b 3 c"
    When the client runs "ZMPOP 2 z1 z2 MIN COUNT 2"
    Then the reply is:
      """
      1) "z2"
      2) 1) 1) "a"
            2) "1"
         2) 1) "b"
            2) "2"
      """

  Scenario: ZMPOP MAX pops the highest scores
    Given the client runs "ZADD z 1 a 2 b 3 c"
    When the client runs "ZMPOP 1 z MAX"
    Then the reply is ["z", [["c", "3"]]]

  Scenario: ZMPOP of missing keys is a null array
    When the client runs "ZMPOP 2 z1 z2 MIN"
    Then the reply is (nil array)

  @resp3
  Scenario: ZMPOP replies doubles in RESP3 and a null when nothing is there
    Given the client switches to RESP3
    And the client runs "ZADD z 1.5 a"
    When the client runs "ZMPOP 1 z MIN"
    Then the reply is ["z", [["a", (double) 1.5]]]
    And "ZMPOP 1 z MIN" replies (null)

  Scenario Outline: ZMPOP refuses <problem>
    Given the client runs "ZADD z 1 a"
    When the client runs "ZMPOP <arguments>"
    Then the reply is (error) ERR <error>

    Examples:
      | problem                      | arguments                   | error                              |
      | zero keys                    | 0 z MIN                     | numkeys should be greater than 0   |
      | a numkeys that is no number  | x z MIN                     | numkeys should be greater than 0   |
      | more keys than arguments     | 3 z MIN                     | syntax error                       |
      | a direction other than MIN/MAX | 1 z MIDDLE                | syntax error                       |
      | a zero count                 | 1 z MIN COUNT 0             | count should be greater than 0     |
      | COUNT given twice            | 1 z MIN COUNT 1 COUNT 1     | syntax error                       |
      | COUNT without a number       | 1 z MIN COUNT               | syntax error                       |

  # ------------------------------------------------------------------ ZRANDMEMBER

  Scenario: ZRANDMEMBER without a count replies one of the members
    Given the client runs "ZADD z 1 a"
    When the client runs "ZRANDMEMBER z"
    Then the reply is "a"

  Scenario: ZRANDMEMBER of a missing key is nil, or an empty array with a count
    When the client runs "ZRANDMEMBER nokey"
    Then the reply is (nil)
    And "ZRANDMEMBER nokey 3" replies (empty array)

  Scenario: ZRANDMEMBER with a count at least the size replies every member, highest score first
    Given the client runs "ZADD z 1 a 2 b 3 c"
    When the client runs "ZRANDMEMBER z 5 WITHSCORES"
    Then the reply is ["c", "3", "b", "2", "a", "1"]

  Scenario: ZRANDMEMBER with a negative count may repeat members
    Given the client runs "ZADD z 1 a"
    When the client runs "ZRANDMEMBER z -3"
    Then the reply is ["a", "a", "a"]

  @resp3
  Scenario: ZRANDMEMBER WITHSCORES nests pairs in RESP3
    Given the client switches to RESP3
    And the client runs "ZADD z 1 a"
    When the client runs "ZRANDMEMBER z -2 WITHSCORES"
    Then the reply is [["a", (double) 1], ["a", (double) 1]]

  Scenario: ZRANDMEMBER with a count of 0 is an empty array
    Given the client runs "ZADD z 1 a"
    When the client runs "ZRANDMEMBER z 0"
    Then the reply is (empty array)

  Scenario Outline: ZRANDMEMBER refuses <problem>
    Given the client runs "ZADD z 1 a"
    When the client runs "ZRANDMEMBER z <arguments>"
    Then the reply is (error) ERR <error>

    Examples:
      | problem                         | arguments                        | error                                                                                  |
      | a count that is no number       | abc                              | value is not an integer or out of range                                                |
      | the lowest long                 | -9223372036854775808             | value is out of range, value must between -9223372036854775807 and 9223372036854775807 |
      | a huge count WITHSCORES         | 4611686018427387904 WITHSCORES   | value is out of range                                                                  |
      | an unknown option               | 1 WITHVALUES                     | syntax error                                                                           |
      | too many arguments              | 1 WITHSCORES x                   | syntax error                                                                           |

  # ------------------------------------------------------------------ ZSCAN

  Scenario: ZSCAN of a small sorted set replies every member and score at once
    Given the client runs "ZADD z 1 a 2.5 b"
    When the client runs "ZSCAN z 0"
    Then the reply is ["0", ["a", "1", "b", "2.5"]]

  Scenario: ZSCAN MATCH filters members and drops their scores with them
    Given the client runs "ZADD z 1 apple 2 banana 3 avocado"
    When the client runs "ZSCAN z 0 MATCH a*"
    Then the reply is ["0", ["apple", "1", "avocado", "3"]]

  Scenario: ZSCAN of a missing key is an empty page
    When the client runs "ZSCAN nokey 0"
    Then the reply is ["0", (empty array)]

  Scenario: ZSCAN checks the cursor before the key
    When the client runs "ZSCAN nokey x"
    Then the reply is (error) ERR invalid cursor

  Scenario: ZSCAN refuses a zero COUNT
    Given the client runs "ZADD z 1 a"
    When the client runs "ZSCAN z 0 COUNT 0"
    Then the reply is (error) ERR syntax error

  Scenario: ZSCAN of a compact sorted set shows integer scores in full
    Given the client runs "ZADD z 1e17 a"
    When the client runs "ZSCAN z 0"
    Then the reply is ["0", ["a", "100000000000000000"]]

  # ------------------------------------------------------------------ ZUNION, ZINTER, ZDIFF

  Scenario: ZUNION adds up the scores of members found in several inputs
    Given the client runs:
      """
      ZADD a 1 x 2 y
      ZADD b 10 y 20 z
      """
    When the client runs "ZUNION 2 a b WITHSCORES"
    Then the reply is ["x", "1", "y", "12", "z", "20"]

  Scenario Outline: ZUNION AGGREGATE <aggregate> combines scores with <how>
    Given the client runs:
      """
      ZADD a 1 x 2 y
      ZADD b 10 y 20 z
      """
    When the client runs "ZUNION 2 a b WEIGHTS <weights> AGGREGATE <aggregate> WITHSCORES"
    Then the reply is <reply>

    Examples:
      | aggregate | how          | weights | reply                                     |
      | SUM       | the sum      | 2 1     | ["x", "2", "y", "14", "z", "20"]          |
      | MIN       | the smallest | 1 1     | ["x", "1", "y", "2", "z", "20"]           |
      | MAX       | the largest  | 1 1     | ["x", "1", "y", "10", "z", "20"]          |
      | min       | the smallest | 1 -1    | ["z", "-20", "y", "-10", "x", "1"]        |

  Scenario: ZINTER keeps the members found in every input
    Given the client runs:
      """
      ZADD a 1 x 2 y 3 z
      ZADD b 10 y 20 z 30 w
      """
    When the client runs "ZINTER 2 a b WITHSCORES"
    Then the reply is ["y", "12", "z", "23"]

  Scenario: ZINTER with a missing input is empty
    Given the client runs "ZADD a 1 x"
    When the client runs "ZINTER 2 a nokey"
    Then the reply is (empty array)

  Scenario: ZINTER counts a key given twice twice
    Given the client runs "ZADD a 1 x 2 y"
    When the client runs "ZINTER 2 a a WITHSCORES"
    Then the reply is ["x", "2", "y", "4"]

  Scenario: ZDIFF keeps the first input's members found in no other, with their scores
    Given the client runs:
      """
      ZADD a 1 x 2 y 3 z
      ZADD b 10 y
      ZADD c 5 w
      """
    When the client runs "ZDIFF 3 a b c WITHSCORES"
    Then the reply is ["x", "1", "z", "3"]

  Scenario: ZDIFF of a key with itself is empty
    Given the client runs "ZADD a 1 x"
    When the client runs "ZDIFF 2 a a"
    Then the reply is (empty array)

  Scenario: ZINTERCARD counts the intersection
    Given the client runs:
      """
      ZADD a 1 x 2 y 3 z
      ZADD b 1 y 1 z 1 w
      """
    When the client runs "ZINTERCARD 2 a b"
    Then the reply is (integer) 2

  Scenario Outline: ZINTERCARD LIMIT <limit> stops counting <when>
    Given the client runs:
      """
      ZADD a 1 x 2 y 3 z
      ZADD b 1 x 1 y 1 z
      """
    When the client runs "ZINTERCARD 2 a b LIMIT <limit>"
    Then the reply is (integer) <count>

    Examples:
      | limit | when                    | count |
      | 2     | at the limit            | 2     |
      | 0     | never                   | 3     |
      | 10    | at the end              | 3     |

  Scenario: A weighted sum of inf and -inf is 0
    Given the client runs:
      """
      ZADD a 1 x
      ZADD b 1 x
      """
    When the client runs "ZUNION 2 a b WEIGHTS inf -inf WITHSCORES"
    Then the reply is ["x", "0"]

  Scenario: A weight of 0 on an infinite score gives 0
    Given the client runs "ZADD a inf x"
    When the client runs "ZINTER 1 a WEIGHTS 0 WITHSCORES"
    Then the reply is ["x", "0"]

  @resp3
  Scenario: ZUNION WITHSCORES nests pairs in RESP3
    Given the client switches to RESP3
    And the client runs "ZADD a 1 x 2 y"
    When the client runs "ZUNION 1 a WITHSCORES"
    Then the reply is [["x", (double) 1], ["y", (double) 2]]

  Scenario Outline: <command> refuses <problem>
    Given the client runs "ZADD a 1 x"
    When the client runs "<command> <arguments>"
    Then the reply is (error) ERR <error>

    Examples:
      | command     | problem                           | arguments                  | error                                               |
      | ZUNION      | zero keys                         | 0 a                        | at least 1 input key is needed for 'zunion' command |
      | ZINTERSTORE | zero keys                         | d 0 a                      | at least 1 input key is needed for 'zinterstore' command |
      | ZINTERCARD  | a negative number of keys         | -1 a                       | at least 1 input key is needed for 'zintercard' command |
      | ZUNION      | a numkeys that is no number       | x a                        | value is not an integer or out of range             |
      | ZUNION      | more keys than arguments          | 3 a b                      | syntax error                                        |
      | ZUNION      | a weight that is not a float      | 1 a WEIGHTS x              | weight value is not a float                         |
      | ZUNION      | too few weights                   | 2 a a WEIGHTS 1            | syntax error                                        |
      | ZINTER      | an unknown aggregate              | 1 a AGGREGATE AVG          | syntax error                                        |
      | ZDIFF       | WEIGHTS                           | 1 a WEIGHTS 1              | syntax error                                        |
      | ZDIFF       | AGGREGATE                         | 1 a AGGREGATE MIN          | syntax error                                        |
      | ZUNIONSTORE | WITHSCORES                        | d 1 a WITHSCORES           | syntax error                                        |
      | ZINTERCARD  | WITHSCORES                        | 1 a WITHSCORES             | syntax error                                        |
      | ZINTERCARD  | a negative LIMIT                  | 1 a LIMIT -1               | LIMIT can't be negative                             |
      | ZINTERCARD  | a LIMIT that is no number         | 1 a LIMIT x                | LIMIT can't be negative                             |
      | ZUNION      | LIMIT                             | 1 a LIMIT 1                | syntax error                                        |

  Scenario Outline: <command> stores the result and replies its size
    Given the client runs:
      """
      ZADD a 1 x 2 y
      ZADD b 3 y 4 z
      """
    When the client runs "<command> d 2 a b"
    Then the reply is (integer) <size>
    And "ZRANGE d 0 -1 WITHSCORES" replies <stored>

    Examples:
      | command     | size | stored                           |
      | ZUNIONSTORE | 3    | ["x", "1", "z", "4", "y", "5"]   |
      | ZINTERSTORE | 1    | ["y", "5"]                       |
      | ZDIFFSTORE  | 1    | ["x", "1"]                       |

  Scenario: ZDIFFSTORE with an empty result deletes the destination
    Given the client runs:
      """
      ZADD a 1 x
      SET d old
      """
    When the client runs "ZDIFFSTORE d 2 a a"
    Then the reply is (integer) 0
    And "EXISTS d" replies (integer) 0

  Scenario: ZINTERSTORE of a missing input deletes the destination
    Given the client runs:
      """
      ZADD a 1 x
      ZADD d 1 old
      """
    When the client runs "ZINTERSTORE d 2 a nokey"
    Then the reply is (integer) 0
    And "EXISTS d" replies (integer) 0

  Scenario: ZUNIONSTORE replaces a destination of another type
    Given the client runs:
      """
      ZADD a 1 x
      SET d string
      """
    When the client runs "ZUNIONSTORE d 1 a"
    Then the reply is (integer) 1
    And "TYPE d" replies zset

  Scenario: ZUNIONSTORE can store into one of its inputs
    Given the client runs:
      """
      ZADD a 1 x
      ZADD b 2 x 3 y
      """
    When the client runs "ZUNIONSTORE a 2 a b"
    Then the reply is (integer) 2
    And "ZRANGE a 0 -1 WITHSCORES" replies ["x", "3", "y", "3"]

  Scenario: ZUNION refuses an input of another type before looking at the options
    Given the client runs:
      """
      ZADD a 1 x
      SET s v
      """
    When the client runs "ZUNION 2 a s BADOPTION"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value

  # ------------------------------------------------------------------ wrong types

  Scenario Outline: <command> refuses a key holding a string
    Given the client runs "SET k v"
    When the client runs "<command>"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value

    Examples:
      | command                   |
      | ZADD k 1 a                |
      | ZINCRBY k 1 a             |
      | ZREM k a                  |
      | ZCARD k                   |
      | ZSCORE k a                |
      | ZMSCORE k a               |
      | ZRANK k a                 |
      | ZREVRANK k a              |
      | ZPOPMIN k                 |
      | ZPOPMAX k 2               |
      | ZMPOP 1 k MIN             |
      | ZRANDMEMBER k             |
      | ZRANDMEMBER k 2           |
      | ZSCAN k 0                 |
      | ZINTERCARD 1 k            |
      | ZDIFFSTORE d 1 k          |

  Scenario: ZADD on a string key leaves it unchanged
    Given the client runs "SET k v"
    When the client runs "ZADD k 1 a"
    Then the reply is an error starting with "WRONGTYPE"
    And "GET k" replies "v"

  Scenario: ZMPOP stops at the first existing key of another type
    Given the client runs:
      """
      SET k v
      ZADD z 1 a
      """
    When the client runs "ZMPOP 2 k z MIN"
    Then the reply is an error starting with "WRONGTYPE"
    And "ZCARD z" replies (integer) 1

  # ------------------------------------------------------------------ generic commands on sorted sets

  Scenario: TYPE of a sorted set is zset
    Given the client runs "ZADD z 1 a"
    When the client runs "TYPE z"
    Then the reply is zset

  Scenario: COPY duplicates a sorted set
    Given the client runs "ZADD z 1 a 2 b"
    When the client runs "COPY z z2"
    Then the reply is (integer) 1
    And "ZRANGE z2 0 -1 WITHSCORES" replies ["a", "1", "b", "2"]

  Scenario: A copied sorted set changes independently of its source
    Given the client runs:
      """
      ZADD z 1 a 2 b
      COPY z z2
      ZADD z2 3 c
      ZREM z a
      """
    When the client runs "ZRANGE z2 0 -1"
    Then the reply is ["a", "b", "c"]
    And "ZRANGE z 0 -1" replies ["b"]
