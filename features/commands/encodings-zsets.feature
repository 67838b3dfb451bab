@encodings @encodings-zsets
Feature: Sorted set encodings
  A small sorted set is a "listpack" (members and scores packed in one byte array); once it holds
  more than zset-max-listpack-entries members (128) or gets a member longer than
  zset-max-listpack-value bytes (64) it becomes a "skiplist" (a skiplist plus a hash table), and it
  never converts back by itself. Values computed afresh (ZUNIONSTORE, ZINTERSTORE, ZDIFFSTORE,
  ZRANGESTORE) start small again. OBJECT ENCODING reports which. Most scenarios start a server with
  small limits (4 members, 8 bytes) so the transitions are short to write. Every expectation was
  first seen from Redis 7.0.15.

  # ------------------------------------------------------------------ the default limits

  Scenario: A small sorted set is a listpack
    Given the client runs "ZADD z 1 a 2 b"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "listpack"

  Scenario: A member of 64 bytes keeps the listpack
    Given the client runs "ZADD z 1 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "listpack"

  Scenario: A member of 65 bytes makes a skiplist
    Given the client runs "ZADD z 1 a"
    And the client runs "ZADD z 2 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "skiplist"

  # ------------------------------------------------------------------ growing past the limits

  @needs:launch
  Scenario Outline: ZADD of <count> members makes a <encoding>
    Given the server is started with:
      """
      zset-max-listpack-entries 4
      zset-max-listpack-value 8
      """
    And the client runs "ZADD z <pairs>"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "<encoding>"

    Examples:
      | count | pairs                    | encoding |
      | 4     | 1 a 2 b 3 c 4 d          | listpack |
      | 5     | 1 a 2 b 3 c 4 d 5 e      | skiplist |

  @needs:launch
  Scenario Outline: A member of <length> bytes makes a <encoding>
    Given the server is started with:
      """
      zset-max-listpack-entries 4
      zset-max-listpack-value 8
      """
    And the client runs "ZADD z 1 a"
    And the client runs 'ZADD z 2 <member>'
    When the client runs "OBJECT ENCODING z"
    Then the reply is "<encoding>"

    Examples:
      | length                         | member        | encoding |
      | 8                              | abcdefgh      | listpack |
      | 9                              | abcdefghi     | skiplist |
      | 9, though it reads as a number | 123456789     | skiplist |
      | 10 (five 2-byte characters)    | "ééééé"       | skiplist |

  @needs:launch
  Scenario: The first member decides ZADD's encoding of a new key, later members convert it
    Given the server is started with:
      """
      zset-max-listpack-value 8
      """
    And the client runs "ZADD z 1 short 2 longmember"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "skiplist"

  @needs:launch
  Scenario: Scores do not count toward the value limit
    Given the server is started with:
      """
      zset-max-listpack-value 8
      """
    And the client runs "ZADD z 1234567890.123456 a"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "listpack"

  @needs:launch
  Scenario Outline: <command> that pushes a listpack past its limit converts it
    Given the server is started with:
      """
      zset-max-listpack-entries 4
      """
    And the client runs "ZADD z 1 a 2 b 3 c 4 d"
    And the client runs "<command>"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "skiplist"

    Examples:
      | command          |
      | ZADD z 5 e       |
      | ZINCRBY z 1 e    |
      | ZADD z NX 5 e    |
      | ZADD z GT 5 e    |

  @needs:launch
  Scenario Outline: <command> at the limit leaves the listpack alone
    Given the server is started with:
      """
      zset-max-listpack-entries 4
      """
    And the client runs "ZADD z 1 a 2 b 3 c 4 d"
    And the client runs "<command>"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "listpack"

    Examples:
      | command          |
      | ZADD z 10 a      |
      | ZINCRBY z 1 a    |
      | ZADD z XX 5 e    |
      | ZADD z NX 9 a    |

  @needs:launch
  Scenario: A limit of 0 entries makes every sorted set a skiplist
    Given the server is started with:
      """
      zset-max-listpack-entries 0
      """
    And the client runs "ZADD z 1 a"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "skiplist"

  # ------------------------------------------------------------------ shrinking does not convert back

  @needs:launch
  Scenario Outline: <command> leaves a skiplist a skiplist however small it gets
    Given the server is started with:
      """
      zset-max-listpack-entries 4
      """
    And the client runs "ZADD z 1 a 2 b 3 c 4 d 5 e"
    And the client runs "<command>"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "skiplist"

    Examples:
      | command                    |
      | ZREM z a b c d             |
      | ZPOPMIN z 4                |
      | ZPOPMAX z 3                |
      | ZMPOP 1 z MIN COUNT 4      |
      | ZREMRANGEBYRANK z 0 3      |
      | ZREMRANGEBYSCORE z 1 4     |
      | ZREMRANGEBYLEX z - (e      |

  @needs:launch
  Scenario: COPY keeps the encoding, even a small skiplist's
    Given the server is started with:
      """
      zset-max-listpack-entries 4
      """
    And the client runs "ZADD z 1 a 2 b 3 c 4 d 5 e"
    And the client runs "ZREM z a b c"
    And the client runs "COPY z z2"
    When the client runs "OBJECT ENCODING z2"
    Then the reply is "skiplist"
    And "ZRANGE z2 0 -1 WITHSCORES" replies ["d", "4", "e", "5"]

  # ------------------------------------------------------------------ results computed afresh

  @needs:launch
  Scenario Outline: <command> stores a small result as a listpack, even from a skiplist
    Given the server is started with:
      """
      zset-max-listpack-entries 4
      """
    And the client runs "ZADD z 1 a 2 b 3 c 4 d 5 e"
    And the client runs "ZREM z e"
    And the client runs "<command>"
    When the client runs "OBJECT ENCODING d"
    Then the reply is "listpack"

    Examples:
      | command                                  |
      | ZINTERSTORE d 1 z                        |
      | ZUNIONSTORE d 1 z                        |
      | ZDIFFSTORE d 1 z                         |
      | ZRANGESTORE d z 0 3                      |
      | ZRANGESTORE d z 1 4 BYSCORE              |
      | ZRANGESTORE d z - + BYLEX                |

  @needs:launch
  Scenario Outline: The result of <command> is a skiplist when it is too large
    Given the server is started with:
      """
      zset-max-listpack-entries 4
      """
    And the client runs "ZADD z 1 a 2 b 3 c 4 d 5 e"
    And the client runs "<command>"
    When the client runs "OBJECT ENCODING d"
    Then the reply is "skiplist"

    Examples:
      | command                                  |
      | ZUNIONSTORE d 1 z                        |
      | ZINTERSTORE d 2 z z                      |
      | ZDIFFSTORE d 1 z                         |
      | ZRANGESTORE d z 0 -1                     |
      | ZRANGESTORE d z -inf +inf BYSCORE        |

  @needs:launch
  Scenario Outline: <command> with a long member stores a skiplist
    Given the server is started with:
      """
      zset-max-listpack-value 8
      """
    And the client runs "ZADD z 1 a 2 longmember"
    And the client runs "<command>"
    When the client runs "OBJECT ENCODING d"
    Then the reply is "skiplist"

    Examples:
      | command                    |
      | ZUNIONSTORE d 1 z          |
      | ZRANGESTORE d z 0 -1       |

  # ------------------------------------------------------------------ what differs between encodings

  @needs:launch
  Scenario: A listpack stores -0 as 0, a skiplist keeps -0
    Given the server is started with:
      """
      zset-max-listpack-entries 1
      """
    And the client runs "ZADD small -0 a"
    And the client runs "ZADD big 1 b 2 c"
    And the client runs "ZADD big -0 a"
    When the client runs "ZSCORE small a"
    Then the reply is "0"
    And "ZSCORE big a" replies "-0"

  @needs:launch
  Scenario: ZSCAN of a skiplist formats scores as doubles, a listpack shows stored integers in full
    Given the server is started with:
      """
      zset-max-listpack-entries 1
      """
    And the client runs "ZADD small 1e17 a"
    And the client runs "ZADD big 1e17 a 1e17 b"
    When the client runs "ZSCAN small 0"
    Then the reply is ["0", ["a", "100000000000000000"]]
    And scanning with "ZSCAN big {cursor}" returns exactly, in any order:
      """
      "a"
      "1e+17"
      "b"
      "1e+17"
      """

  @needs:launch
  Scenario: Every read answers the same from both encodings
    Given the server is started with:
      """
      zset-max-listpack-entries 4
      """
    And the client runs "ZADD lp 1 a 2 b 3 c"
    And the client runs "ZADD sl 1 a 2 b 3 c 9 x 9 y"
    And the client runs "ZREM sl x y"
    When the client runs "ZRANGE sl 0 -1 WITHSCORES"
    Then the reply is ["a", "1", "b", "2", "c", "3"]
    And "ZRANGE lp 0 -1 WITHSCORES" replies ["a", "1", "b", "2", "c", "3"]
    And "ZREVRANGEBYSCORE sl (3 -inf LIMIT 1 1" replies ["a"]
    And "ZREVRANGEBYSCORE lp (3 -inf LIMIT 1 1" replies ["a"]
    And "ZRANK sl c" replies (integer) 2
    And "ZRANK lp c" replies (integer) 2
    And "ZCOUNT sl (1 3" replies (integer) 2
    And "ZCOUNT lp (1 3" replies (integer) 2
    And "ZLEXCOUNT sl [b +" replies (integer) 2
    And "ZLEXCOUNT lp [b +" replies (integer) 2

  # ------------------------------------------------------------------ SORT

  Scenario: SORT turns a listpack sorted set into a skiplist for good
    Given the client runs "ZADD z 3 c 1 a 2 b"
    And the client runs "SORT z ALPHA"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "skiplist"

  Scenario: SORT converts the sorted set even when it then fails
    Given the client runs "ZADD z 1 a"
    When the client runs "SORT z"
    Then the reply is (error) ERR One or more scores can't be converted into double
    And "OBJECT ENCODING z" replies "skiplist"

  # ------------------------------------------------------------------ the parameters

  @needs:launch
  Scenario: The old name zset-max-ziplist-entries still sets the entries limit
    Given the server is started with:
      """
      zset-max-ziplist-entries 2
      """
    And the client runs "ZADD z 1 a 2 b 3 c"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "skiplist"

  @needs:launch
  Scenario: The old name zset-max-ziplist-value still sets the value limit
    Given the server is started with:
      """
      zset-max-ziplist-value 2
      """
    And the client runs "ZADD z 1 abc"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "skiplist"

  @needs:launch
  Scenario: The value limit takes memory units
    Given the server is started with:
      """
      zset-max-listpack-value 1k
      """
    And the client runs "ZADD z 1 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    When the client runs "OBJECT ENCODING z"
    Then the reply is "listpack"
