@sorted-sets @sorted-set-ranges
Feature: Sorted set ranges
  Reading, counting, storing and removing members of a sorted set by position (rank), by score and,
  for members that share a score, by their bytes (lex). Score bounds are floats, exclusive with a
  "(" prefix, and may be -inf/+inf; lex bounds are "[" (inclusive) or "(" (exclusive) followed by a
  member, or "-" and "+" for the ends. Every expectation was first seen from Redis 7.0.15.

  Background:
    Given the client runs "ZADD z 1 a 2 b 3 c 4 d 5 e"

  # ------------------------------------------------------------------ by rank

  Scenario Outline: ZRANGE <start> <stop> reads positions <what>
    When the client runs "ZRANGE z <start> <stop>"
    Then the reply is <reply>

    Examples:
      | start | stop | what                                  | reply                          |
      | 0     | -1   | from the first to the last            | ["a", "b", "c", "d", "e"]      |
      | 1     | 2    | in the middle                         | ["b", "c"]                     |
      | -2    | -1   | counted from the end                  | ["d", "e"]                     |
      | -100  | 1    | with a start before the first clamped | ["a", "b"]                     |
      | 3     | 100  | with a stop past the last clamped     | ["d", "e"]                     |
      | 3     | 1    | with start after stop as nothing      | (empty array)                  |
      | 5     | 10   | past the end as nothing               | (empty array)                  |
      | 2     | 2    | of one member                         | ["c"]                          |

  Scenario: ZRANGE WITHSCORES interleaves members and scores
    When the client runs "ZRANGE z 0 1 WITHSCORES"
    Then the reply is ["a", "1", "b", "2"]

  @resp3
  Scenario: ZRANGE WITHSCORES replies member and double pairs in RESP3
    Given the client switches to RESP3
    When the client runs "ZRANGE z 0 1 WITHSCORES"
    Then the reply is:
      """
      1) 1) "a"
         2) (double) 1
      2) 1) "b"
         2) (double) 2
      """

  Scenario Outline: <form> reads from the highest score down
    When the client runs "<command>"
    Then the reply is ["e", "5", "d", "4"]

    Examples:
      | form            | command                           |
      | ZRANGE REV      | ZRANGE z 0 1 REV WITHSCORES       |
      | ZREVRANGE       | ZREVRANGE z 0 1 WITHSCORES        |
      | lowercase rev   | zrange z 0 1 rev withscores       |

  Scenario: ZRANGE of a missing key is an empty array
    When the client runs "ZRANGE nokey 0 -1"
    Then the reply is (empty array)

  Scenario: ZRANGE refuses indexes that are not integers
    When the client runs "ZRANGE z a b"
    Then the reply is (error) ERR value is not an integer or out of range

  Scenario: ZRANGE by rank with LIMIT is refused
    When the client runs "ZRANGE z 0 -1 LIMIT 0 2"
    Then the reply is (error) ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX

  Scenario: ZRANGE by rank takes LIMIT 0 -1, which means no limit
    When the client runs "ZRANGE z 0 1 LIMIT 0 -1"
    Then the reply is ["a", "b"]

  # ------------------------------------------------------------------ by score

  Scenario Outline: ZRANGE BYSCORE <min> <max> reads scores <what>
    When the client runs "ZRANGE z <min> <max> BYSCORE"
    Then the reply is <reply>

    Examples:
      | min  | max  | what                                | reply                      |
      | 2    | 4    | between inclusive bounds            | ["b", "c", "d"]            |
      | (2   | 4    | above an exclusive minimum          | ["c", "d"]                 |
      | 2    | (4   | below an exclusive maximum          | ["b", "c"]                 |
      | (2   | (4   | strictly between                    | ["c"]                      |
      | -inf | +inf | anywhere                            | ["a", "b", "c", "d", "e"]  |
      | -inf | 2.5  | up to a fraction                    | ["a", "b"]                 |
      | 4    | 2    | in an empty range                   | (empty array)              |
      | (3   | 3    | in a point with an exclusive end    | (empty array)              |
      | 3    | 3    | at a single score                   | ["c"]                      |
      | 6    | inf  | above every score                   | (empty array)              |
      | 0x1  | 0x2  | written in hexadecimal              | ["a", "b"]                 |
      | 1e400 | inf | past the largest double (infinite)  | (empty array)              |
      | (    | 1    | above an empty exclusive bound (0)  | ["a"]                      |

  Scenario: A score bound may start with white space
    When the client runs 'ZRANGE z " 2" "\t3" BYSCORE'
    Then the reply is ["b", "c"]

  Scenario: A score bound ends at its first NUL byte
    When the client runs 'ZRANGE z "2\x00junk" 3 BYSCORE'
    Then the reply is ["b", "c"]

  Scenario Outline: A score bound of <bound> is refused
    When the client runs 'ZRANGE z <bound> 5 BYSCORE'
    Then the reply is (error) ERR min or max is not a float

    Examples:
      | bound   |
      | abc     |
      | nan     |
      | (nan    |
      | "1 "    |
      | 1e      |
      | "   "   |
      | [1      |

  Scenario: ZRANGE BYSCORE REV takes the maximum first
    When the client runs "ZRANGE z 4 (2 BYSCORE REV WITHSCORES"
    Then the reply is ["d", "4", "c", "3"]

  Scenario: ZRANGE BYSCORE REV with the minimum first is empty
    When the client runs "ZRANGE z 2 4 BYSCORE REV"
    Then the reply is (empty array)

  Scenario Outline: ZRANGE BYSCORE LIMIT <offset> <count> <what>
    When the client runs "ZRANGE z -inf +inf BYSCORE LIMIT <offset> <count>"
    Then the reply is <reply>

    Examples:
      | offset | count | what                                     | reply                 |
      | 1      | 2     | skips and then counts                    | ["b", "c"]            |
      | 3      | -1    | takes everything after the offset        | ["d", "e"]            |
      | 3      | -5    | treats any negative count as no limit    | ["d", "e"]            |
      | 0      | 0     | takes nothing                            | (empty array)         |
      | 5      | 1     | finds nothing past the end               | (empty array)         |
      | -1     | 2     | finds nothing with a negative offset     | (empty array)         |

  Scenario: ZRANGE BYSCORE REV LIMIT counts from the highest score
    When the client runs "ZRANGE z +inf -inf BYSCORE REV LIMIT 1 2"
    Then the reply is ["d", "c"]

  Scenario Outline: <command> is the older spelling of a score range
    When the client runs "<command>"
    Then the reply is <reply>

    Examples:
      | command                                                | reply                        |
      | ZRANGEBYSCORE z (1 3                                   | ["b", "c"]                   |
      | ZRANGEBYSCORE z -inf +inf WITHSCORES LIMIT 1 1         | ["b", "2"]                   |
      | ZREVRANGEBYSCORE z 3 (1                                | ["c", "b"]                   |
      | ZREVRANGEBYSCORE z +inf -inf LIMIT 0 2 WITHSCORES      | ["e", "5", "d", "4"]         |
      | ZRANGEBYSCORE z 1 2 withscores withscores              | ["a", "1", "b", "2"]         |

  Scenario Outline: <command> refuses the option <option>
    When the client runs "<command> <option>"
    Then the reply is (error) ERR syntax error

    Examples:
      | command                   | option      |
      | ZRANGEBYSCORE z 0 1       | REV         |
      | ZRANGEBYSCORE z 0 1       | BYLEX       |
      | ZREVRANGE z 0 1           | BYSCORE     |
      | ZREVRANGE z 0 1           | REV         |
      | ZRANGE z 0 1              | REV REV     |
      | ZRANGE z 0 1              | BYSCORE BYLEX |
      | ZRANGEBYSCORE z 0 1       | LIMIT 0     |
      | ZRANGE z 0 1              | NOSUCH      |

  Scenario: ZRANGE LIMIT refuses an offset that is not an integer
    When the client runs "ZRANGE z 0 1 BYSCORE LIMIT x 1"
    Then the reply is (error) ERR value is not an integer or out of range

  Scenario: ZRANGE checks its options before its bounds
    When the client runs "ZRANGE z x y BYSCORE NOSUCH"
    Then the reply is (error) ERR syntax error

  # ------------------------------------------------------------------ by lex

  Scenario Outline: ZRANGE BYLEX <min> <max> reads members <what>
    Given the client runs "ZADD l 0 alpha 0 beta 0 gamma 0 delta 0 b"
    When the client runs "ZRANGE l <min> <max> BYLEX"
    Then the reply is <reply>

    Examples:
      | min     | max     | what                           | reply                                       |
      | -       | +       | from the first to the last     | ["alpha", "b", "beta", "delta", "gamma"]    |
      | [b      | [delta  | between inclusive bounds       | ["b", "beta", "delta"]                      |
      | (b      | (delta  | between exclusive bounds       | ["beta"]                                    |
      | [c      | +       | from a member that is not there | ["delta", "gamma"]                         |
      | -       | (b      | below a member                 | ["alpha"]                                   |
      | +       | -       | with the ends swapped          | (empty array)                               |
      | [b      | [b      | at a single member             | ["b"]                                       |
      | (b      | [b      | in a point with an exclusive end | (empty array)                             |
      | [       | (b      | from the empty string          | ["alpha"]                                   |

  Scenario: ZRANGE BYLEX REV takes the maximum first
    Given the client runs "ZADD l 0 a 0 b 0 c 0 d"
    When the client runs "ZRANGE l [c - BYLEX REV"
    Then the reply is ["c", "b", "a"]

  Scenario: ZRANGE BYLEX LIMIT skips and counts
    Given the client runs "ZADD l 0 a 0 b 0 c 0 d"
    When the client runs "ZRANGE l - + BYLEX LIMIT 1 2"
    Then the reply is ["b", "c"]

  Scenario Outline: <command> is the older spelling of a lex range
    Given the client runs "ZADD l 0 a 0 b 0 c 0 d"
    When the client runs "<command>"
    Then the reply is <reply>

    Examples:
      | command                               | reply              |
      | ZRANGEBYLEX l [b +                    | ["b", "c", "d"]    |
      | ZRANGEBYLEX l - + LIMIT 2 5           | ["c", "d"]         |
      | ZREVRANGEBYLEX l (c -                 | ["b", "a"]         |
      | ZREVRANGEBYLEX l + - LIMIT 0 1        | ["d"]              |

  Scenario: Lex bounds compare bytes
    Given the client runs "ZADD l 0 B 0 a 0 ab 0 b"
    When the client runs "ZRANGE l (B [ab BYLEX"
    Then the reply is ["a", "ab"]

  Scenario: ZRANGE BYLEX refuses WITHSCORES
    When the client runs "ZRANGE z - + BYLEX WITHSCORES"
    Then the reply is (error) ERR syntax error, WITHSCORES not supported in combination with BYLEX

  Scenario Outline: A lex bound of <bound> is refused
    When the client runs 'ZRANGEBYLEX z <bound> +'
    Then the reply is (error) ERR min or max not valid string range item

    Examples:
      | bound |
      | a     |
      | +a    |
      | -a    |
      | {a    |
      | ""    |

  # ------------------------------------------------------------------ ZRANGESTORE

  Scenario Outline: ZRANGESTORE stores <what> and replies its size
    When the client runs "ZRANGESTORE d z <range>"
    Then the reply is (integer) <size>
    And "ZRANGE d 0 -1 WITHSCORES" replies <stored>

    Examples:
      | what                  | range                          | size | stored                          |
      | a rank range          | 1 2                            | 2    | ["b", "2", "c", "3"]            |
      | a reversed rank range | 0 1 REV                        | 2    | ["d", "4", "e", "5"]            |
      | a score range         | (2 +inf BYSCORE LIMIT 0 2      | 2    | ["c", "3", "d", "4"]            |
      | a lex range           | [d + BYLEX                     | 2    | ["d", "4", "e", "5"]            |

  Scenario: ZRANGESTORE of an empty range deletes the destination
    Given the client runs "SET d old"
    When the client runs "ZRANGESTORE d z 10 20"
    Then the reply is (integer) 0
    And "EXISTS d" replies (integer) 0

  Scenario: ZRANGESTORE of a missing source deletes the destination
    Given the client runs "ZADD d 1 x"
    When the client runs "ZRANGESTORE d nokey 0 -1"
    Then the reply is (integer) 0
    And "EXISTS d" replies (integer) 0

  Scenario: ZRANGESTORE refuses WITHSCORES
    When the client runs "ZRANGESTORE d z 0 -1 WITHSCORES"
    Then the reply is (error) ERR syntax error

  Scenario: ZRANGESTORE can store over its own source
    When the client runs "ZRANGESTORE z z 0 1"
    Then the reply is (integer) 2
    And "ZRANGE z 0 -1" replies ["a", "b"]

  # ------------------------------------------------------------------ ZCOUNT and ZLEXCOUNT

  Scenario Outline: ZCOUNT <min> <max> counts <what>
    When the client runs "ZCOUNT z <min> <max>"
    Then the reply is (integer) <count>

    Examples:
      | min  | max  | what                      | count |
      | -inf | +inf | every member              | 5     |
      | (1   | 3    | above an exclusive bound  | 2     |
      | 2    | (5   | below an exclusive bound  | 3     |
      | 9    | 10   | nothing above the scores  | 0     |
      | 3    | 1    | nothing in an empty range | 0     |

  Scenario: ZCOUNT of a missing key is 0
    When the client runs "ZCOUNT nokey -inf +inf"
    Then the reply is (integer) 0

  Scenario: ZCOUNT refuses bounds that are not floats before looking at the key
    When the client runs "ZCOUNT nokey x 1"
    Then the reply is (error) ERR min or max is not a float

  Scenario Outline: ZLEXCOUNT <min> <max> counts <what>
    Given the client runs "ZADD l 0 a 0 b 0 c 0 d"
    When the client runs "ZLEXCOUNT l <min> <max>"
    Then the reply is (integer) <count>

    Examples:
      | min | max | what                          | count |
      | -   | +   | every member                  | 4     |
      | [b  | [c  | between inclusive bounds      | 2     |
      | (a  | (d  | between exclusive bounds      | 2     |
      | [x  | +   | nothing past the last member  | 0     |

  Scenario: ZLEXCOUNT refuses a bound without a prefix
    When the client runs "ZLEXCOUNT z a b"
    Then the reply is (error) ERR min or max not valid string range item

  # ------------------------------------------------------------------ ZREMRANGEBY*

  Scenario Outline: <command> removes <what> and counts them
    When the client runs "<command> z <min> <max>"
    Then the reply is (integer) <count>
    And "ZRANGE z 0 -1" replies <left>

    Examples:
      | command          | what                     | min  | max | count | left                   |
      | ZREMRANGEBYRANK  | positions                | 0    | 1   | 2     | ["c", "d", "e"]        |
      | ZREMRANGEBYRANK  | positions from the end   | -2   | -1  | 2     | ["a", "b", "c"]        |
      | ZREMRANGEBYRANK  | nothing past the end     | 5    | 9   | 0     | ["a", "b", "c", "d", "e"] |
      | ZREMRANGEBYSCORE | scores                   | (1   | 3   | 2     | ["a", "d", "e"]        |
      | ZREMRANGEBYSCORE | nothing outside the set  | 10   | 20  | 0     | ["a", "b", "c", "d", "e"] |
      | ZREMRANGEBYLEX   | members from a bound     | [d   | +   | 2     | ["a", "b", "c"]        |

  Scenario Outline: <command> of every member deletes the key
    When the client runs "<command> z <min> <max>"
    Then the reply is (integer) 5
    And "EXISTS z" replies (integer) 0

    Examples:
      | command          | min  | max  |
      | ZREMRANGEBYRANK  | 0    | -1   |
      | ZREMRANGEBYSCORE | -inf | +inf |
      | ZREMRANGEBYLEX   | -    | +    |

  Scenario Outline: <command> refuses bad bounds before looking at the key
    When the client runs "<command> nokey x y"
    Then the reply is (error) ERR <error>

    Examples:
      | command          | error                                    |
      | ZREMRANGEBYRANK  | value is not an integer or out of range  |
      | ZREMRANGEBYSCORE | min or max is not a float                |
      | ZREMRANGEBYLEX   | min or max not valid string range item   |

  Scenario Outline: <command> on a missing key removes nothing
    When the client runs "<command> nokey <min> <max>"
    Then the reply is (integer) 0

    Examples:
      | command          | min  | max  |
      | ZREMRANGEBYRANK  | 0    | -1   |
      | ZREMRANGEBYSCORE | -inf | +inf |
      | ZREMRANGEBYLEX   | -    | +    |

  # ------------------------------------------------------------------ wrong types

  Scenario Outline: <command> refuses a key holding a string
    Given the client runs "SET k v"
    When the client runs "<command>"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value

    Examples:
      | command                        |
      | ZRANGE k 0 -1                  |
      | ZRANGE k 0 1 BYSCORE           |
      | ZREVRANGE k 0 -1               |
      | ZRANGEBYSCORE k 0 1            |
      | ZREVRANGEBYLEX k + -           |
      | ZRANGESTORE d k 0 -1           |
      | ZCOUNT k 0 1                   |
      | ZLEXCOUNT k - +                |
      | ZREMRANGEBYRANK k 0 -1         |
      | ZREMRANGEBYSCORE k 0 1         |
      | ZREMRANGEBYLEX k - +           |

  # ------------------------------------------------------------------ both encodings

  Scenario Outline: <query> reads the same from a <encoding>
    Given the sorted set "z" is stored as a <encoding>
    When the client runs "<query>"
    Then the reply is <reply>

    Examples:
      | encoding | query                                     | reply                                 |
      | listpack | ZRANGE z 1 3 WITHSCORES                   | ["b", "2", "c", "3", "d", "4"]        |
      | skiplist | ZRANGE z 1 3 WITHSCORES                   | ["b", "2", "c", "3", "d", "4"]        |
      | listpack | ZRANGE z -2 -1 REV                        | ["b", "a"]                            |
      | skiplist | ZRANGE z -2 -1 REV                        | ["b", "a"]                            |
      | listpack | ZRANGE z 1 -1 REV                         | ["d", "c", "b", "a"]                  |
      | skiplist | ZRANGE z 1 -1 REV                         | ["d", "c", "b", "a"]                  |
      | listpack | ZRANGE z (1 4 BYSCORE LIMIT 1 2           | ["c", "d"]                            |
      | skiplist | ZRANGE z (1 4 BYSCORE LIMIT 1 2           | ["c", "d"]                            |
      | listpack | ZRANGE z 4 (1 BYSCORE REV LIMIT 1 5       | ["c", "b"]                            |
      | skiplist | ZRANGE z 4 (1 BYSCORE REV LIMIT 1 5       | ["c", "b"]                            |
      | listpack | ZRANGE z [b (e BYLEX                      | ["b", "c", "d"]                       |
      | skiplist | ZRANGE z [b (e BYLEX                      | ["b", "c", "d"]                       |
      | listpack | ZRANGE z + [c BYLEX REV LIMIT 1 1         | ["d"]                                 |
      | skiplist | ZRANGE z + [c BYLEX REV LIMIT 1 1         | ["d"]                                 |
      | listpack | ZREVRANGEBYLEX z + -                      | ["e", "d", "c", "b", "a"]             |
      | skiplist | ZREVRANGEBYLEX z + -                      | ["e", "d", "c", "b", "a"]             |
      | listpack | ZRANGEBYSCORE z 10 20                     | (empty array)                         |
      | skiplist | ZRANGEBYSCORE z 10 20                     | (empty array)                         |
      | listpack | ZRANK z d                                 | (integer) 3                           |
      | skiplist | ZRANK z d                                 | (integer) 3                           |
      | listpack | ZREVRANK z d                              | (integer) 1                           |
      | skiplist | ZREVRANK z d                              | (integer) 1                           |
      | listpack | ZCOUNT z (1 4                             | (integer) 3                           |
      | skiplist | ZCOUNT z (1 4                             | (integer) 3                           |
      | listpack | ZLEXCOUNT z [b (d                         | (integer) 2                           |
      | skiplist | ZLEXCOUNT z [b (d                         | (integer) 2                           |
      | listpack | ZMSCORE z c nope                          | ["3", (nil)]                          |
      | skiplist | ZMSCORE z c nope                          | ["3", (nil)]                          |
      | listpack | ZRANDMEMBER z 9 WITHSCORES                | ["e", "5", "d", "4", "c", "3", "b", "2", "a", "1"] |
      | skiplist | ZRANDMEMBER z 9 WITHSCORES                | ["e", "5", "d", "4", "c", "3", "b", "2", "a", "1"] |
      | listpack | ZUNION 2 z z AGGREGATE MAX                | ["a", "b", "c", "d", "e"]             |
      | skiplist | ZUNION 2 z z AGGREGATE MAX                | ["a", "b", "c", "d", "e"]             |
      | listpack | SORT z BY nosort DESC LIMIT 0 2           | ["e", "d"]                            |
      | skiplist | SORT z BY nosort DESC LIMIT 0 2           | ["e", "d"]                            |

  Scenario Outline: <command> changes a <encoding> as it changes any sorted set
    Given the sorted set "z" is stored as a <encoding>
    And the client runs "<command>"
    When the client runs "ZRANGE z 0 -1 WITHSCORES"
    Then the reply is <after>

    Examples:
      | encoding | command                      | after                                               |
      | listpack | ZREMRANGEBYRANK z 1 2        | ["a", "1", "d", "4", "e", "5"]                      |
      | skiplist | ZREMRANGEBYRANK z 1 2        | ["a", "1", "d", "4", "e", "5"]                      |
      | listpack | ZREMRANGEBYSCORE z (1 3      | ["a", "1", "d", "4", "e", "5"]                      |
      | skiplist | ZREMRANGEBYSCORE z (1 3      | ["a", "1", "d", "4", "e", "5"]                      |
      | listpack | ZREMRANGEBYLEX z (a [c       | ["a", "1", "d", "4", "e", "5"]                      |
      | skiplist | ZREMRANGEBYLEX z (a [c       | ["a", "1", "d", "4", "e", "5"]                      |
      | listpack | ZPOPMAX z 2                  | ["a", "1", "b", "2", "c", "3"]                      |
      | skiplist | ZPOPMAX z 2                  | ["a", "1", "b", "2", "c", "3"]                      |
      | listpack | ZADD z 2.5 e                 | ["a", "1", "b", "2", "e", "2.5", "c", "3", "d", "4"] |
      | skiplist | ZADD z 2.5 e                 | ["a", "1", "b", "2", "e", "2.5", "c", "3", "d", "4"] |
      | listpack | ZADD z 2 a                   | ["a", "2", "b", "2", "c", "3", "d", "4", "e", "5"]  |
      | skiplist | ZADD z 2 a                   | ["a", "2", "b", "2", "c", "3", "d", "4", "e", "5"]  |
      | listpack | ZADD z 2 c                   | ["a", "1", "b", "2", "c", "2", "d", "4", "e", "5"]  |
      | skiplist | ZADD z 2 c                   | ["a", "1", "b", "2", "c", "2", "d", "4", "e", "5"]  |
      | listpack | ZINCRBY z -10 e              | ["e", "-5", "a", "1", "b", "2", "c", "3", "d", "4"] |
      | skiplist | ZINCRBY z -10 e              | ["e", "-5", "a", "1", "b", "2", "c", "3", "d", "4"] |
      | listpack | ZREM z c e nope              | ["a", "1", "b", "2", "d", "4"]                      |
      | skiplist | ZREM z c e nope              | ["a", "1", "b", "2", "d", "4"]                      |
      | listpack | ZRANGESTORE z z 3 4          | ["d", "4", "e", "5"]                                |
      | skiplist | ZRANGESTORE z z 3 4          | ["d", "4", "e", "5"]                                |
      | listpack | ZINTERSTORE z 2 z z WEIGHTS 1 0.5 | ["a", "1.5", "b", "3", "c", "4.5", "d", "6", "e", "7.5"] |
      | skiplist | ZINTERSTORE z 2 z z WEIGHTS 1 0.5 | ["a", "1.5", "b", "3", "c", "4.5", "d", "6", "e", "7.5"] |
