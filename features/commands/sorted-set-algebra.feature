@sorted-sets @sorted-set-algebra
Feature: Plain sets as inputs to the sorted-set algebra
  ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD accept plain sets as well as sorted sets:
  every member of a set counts with the score 1, which WEIGHTS then multiplies and AGGREGATE combines
  like any other score. Both set encodings (intset and hashtable) take part alike; other types are
  refused. The result is always a sorted set. Every expectation was first seen from Redis 7.0.15.

  Scenario Outline: A set stored as <encoding> counts its members with score 1 in ZUNION
    Given the client runs:
      """
      <setup>
      ZADD z 5 2 0.5 9
      """
    And "OBJECT ENCODING s" replies "<encoding>"
    When the client runs "ZUNION 2 s z WITHSCORES"
    Then the reply is ["9", "0.5", "1", "1", "3", "1", "2", "6"]

    Examples:
      | encoding  | setup                         |
      | intset    | SADD s 1 2 3                  |
      | hashtable | SADD s 1 2 3 tmp\nSREM s tmp  |

  Scenario Outline: WEIGHTS multiply the score 1 of a set stored as <encoding>
    Given the client runs:
      """
      <setup>
      ZADD z 5 2 0.5 9
      """
    When the client runs "ZUNION 2 s z WEIGHTS 3 2 WITHSCORES"
    Then the reply is ["9", "1", "1", "3", "3", "3", "2", "13"]

    Examples:
      | encoding  | setup                         |
      | intset    | SADD s 1 2 3                  |
      | hashtable | SADD s 1 2 3 tmp\nSREM s tmp  |

  Scenario Outline: ZUNION AGGREGATE <aggregate> treats a set's members as scoring 1
    Given the client runs:
      """
      SADD s a b 2
      ZADD z 5 2 0.5 a
      """
    When the client runs "ZUNION 2 s z AGGREGATE <aggregate> WITHSCORES"
    Then the reply is <reply>

    Examples:
      | aggregate | reply                                      |
      | SUM       | ["b", "1", "a", "1.5", "2", "6"]           |
      | MIN       | ["a", "0.5", "2", "1", "b", "1"]           |
      | MAX       | ["a", "1", "b", "1", "2", "5"]             |

  Scenario: ZUNION of plain sets alone adds up their 1s
    Given the client runs:
      """
      SADD s 1 2 3
      SADD t 2 3 x
      """
    When the client runs "ZUNION 2 s t WITHSCORES"
    Then the reply is ["1", "1", "x", "1", "2", "2", "3", "2"]

  Scenario Outline: ZINTER of a <encoding> set and a sorted set keeps the common members
    Given the client runs:
      """
      <setup>
      ZADD z 5 2 0.5 9 7 3
      """
    When the client runs "ZINTER 2 s z WEIGHTS 2 1 WITHSCORES"
    Then the reply is ["2", "7", "3", "9"]

    Examples:
      | encoding  | setup                         |
      | intset    | SADD s 1 2 3                  |
      | hashtable | SADD s 1 2 3 tmp\nSREM s tmp  |

  Scenario: ZINTER AGGREGATE MAX with a set
    Given the client runs:
      """
      SADD s a b
      ZADD z 0.5 a 4 b
      """
    When the client runs "ZINTER 2 z s AGGREGATE MAX WITHSCORES"
    Then the reply is ["a", "1", "b", "4"]

  Scenario: A member of an intset matches only its canonical integer spelling
    Given the client runs:
      """
      SADD s 1
      ZADD z 1 01 2 1
      """
    When the client runs "ZINTER 2 z s WITHSCORES"
    Then the reply is ["1", "3"]

  Scenario: ZINTER of two sets scores each common member 2
    Given the client runs:
      """
      SADD s 1 2 3
      SADD t b 2 3
      """
    When the client runs "ZINTER 2 s t WITHSCORES"
    Then the reply is ["2", "2", "3", "2"]

  Scenario Outline: ZINTERCARD counts the intersection with <what>
    Given the client runs:
      """
      SADD s 1 2 3 4
      SADD t a 2 3 4
      ZADD z 1 2 1 3 1 x
      """
    When the client runs "ZINTERCARD <arguments>"
    Then the reply is (integer) <count>

    Examples:
      | what                 | arguments         | count |
      | two sets             | 2 s t             | 3     |
      | a set and a zset     | 2 s z             | 2     |
      | all three            | 3 s t z           | 2     |
      | a LIMIT              | 2 s t LIMIT 2     | 2     |

  Scenario Outline: ZDIFF <what>
    Given the client runs:
      """
      SADD s 1 2 3
      ZADD z 5 2 0.5 9
      """
    When the client runs "ZDIFF <arguments> WITHSCORES"
    Then the reply is <reply>

    Examples:
      | what                                        | arguments | reply                        |
      | of a set keeps its other members, scoring 1 | 2 s z     | ["1", "1", "3", "1"]         |
      | against a set drops its members             | 2 z s     | ["9", "0.5"]                 |
      | of a set alone turns it into scores of 1    | 1 s       | ["1", "1", "2", "1", "3", "1"] |

  Scenario Outline: <command> of sets stores a sorted set
    Given the client runs:
      """
      SADD s 1 2 3
      SADD t 2 3 x
      """
    When the client runs "<command> d 2 s t"
    Then the reply is (integer) <size>
    And "TYPE d" replies zset
    And "OBJECT ENCODING d" replies "listpack"
    And "ZRANGE d 0 -1 WITHSCORES" replies <stored>

    Examples:
      | command     | size | stored                                        |
      | ZUNIONSTORE | 4    | ["1", "1", "x", "1", "2", "2", "3", "2"]      |
      | ZINTERSTORE | 2    | ["2", "2", "3", "2"]                          |
      | ZDIFFSTORE  | 1    | ["1", "1"]                                    |

  Scenario: ZUNIONSTORE into its own set input turns it into a sorted set
    Given the client runs "SADD s 1 2"
    When the client runs "ZUNIONSTORE s 2 s s"
    Then the reply is (integer) 2
    And "TYPE s" replies zset
    And "ZRANGE s 0 -1 WITHSCORES" replies ["1", "2", "2", "2"]

  Scenario: ZDIFFSTORE of a set with itself deletes the destination
    Given the client runs:
      """
      SADD s 1 2
      SET d v
      """
    When the client runs "ZDIFFSTORE d 2 s s"
    Then the reply is (integer) 0
    And "EXISTS d" replies (integer) 0

  Scenario: Opposite infinite weights on a set and a sorted set sum to 0
    Given the client runs:
      """
      SADD s 2
      ZADD z 3 2
      """
    When the client runs "ZINTER 2 s z WEIGHTS inf -inf WITHSCORES"
    Then the reply is ["2", "0"]

  @resp3
  Scenario: ZUNION of a set WITHSCORES nests member-score pairs in RESP3
    Given the client switches to RESP3
    And the client runs "SADD s 2 1"
    When the client runs "ZUNION 1 s WITHSCORES"
    Then the reply is [["1", (double) 1], ["2", (double) 1]]

  Scenario Outline: <command> refuses a list or hash input among sets
    Given the client runs:
      """
      SADD s 1
      RPUSH l 1
      HSET h f v
      """
    When the client runs "<command>"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value

    Examples:
      | command                 |
      | ZUNION 2 s l            |
      | ZINTER 2 h s            |
      | ZDIFF 2 s l             |
      | ZINTERCARD 2 s h        |
      | ZUNIONSTORE d 2 s l     |
      | ZINTERSTORE d 2 s h     |
      | ZDIFFSTORE d 2 l s      |
