@blocking @blocking-zsets
Feature: Blocking sorted set pops
  BZPOPMIN, BZPOPMAX and BZMPOP pop like ZPOPMIN, ZPOPMAX and ZMPOP when one of their keys holds a
  sorted set; otherwise the client waits until another client adds members to one of the keys, or
  until the timeout (in seconds, 0 for ever) passes and it gets a null array. Waiting clients are
  served in the order they started waiting. Every expectation was first seen from Redis 7.0.15.

  # ------------------------------------------------------------------ popping right away

  Scenario Outline: <command> pops at once from the first key that holds members
    Given the client runs "ZADD z2 1 a 2 b 3 c"
    When the client runs "<command> z1 z2 0"
    Then the reply is <reply>
    And "ZCARD z2" replies (integer) 2

    Examples:
      | command  | reply               |
      | BZPOPMIN | ["z2", "a", "1"]    |
      | BZPOPMAX | ["z2", "c", "3"]    |

  Scenario: BZMPOP pops at once with a count
    Given the client runs "ZADD z 1 a 2 b 3 c"
    When the client runs "BZMPOP 0 1 z MAX COUNT 2"
    Then the reply is ["z", [["c", "3"], ["b", "2"]]]

  Scenario: Popping the last member at once deletes the key
    Given the client runs "ZADD z 1 a"
    When the client runs "BZPOPMIN z 0"
    Then the reply is ["z", "a", "1"]
    And "EXISTS z" replies (integer) 0

  @resp3
  Scenario: BZPOPMIN replies a double score in RESP3
    Given the client switches to RESP3
    And the client runs "ZADD z 1.5 a"
    When the client runs "BZPOPMIN z 0"
    Then the reply is ["z", "a", (double) 1.5]

  # ------------------------------------------------------------------ waiting

  Scenario Outline: <command> waits until another client adds a member
    When client "B" sends "<command> z 0" without waiting
    And the client runs "ZADD z 1 a"
    Then client "B" receives ["z", "a", "1"]
    And "EXISTS z" replies (integer) 0

    Examples:
      | command  |
      | BZPOPMIN |
      | BZPOPMAX |

  Scenario: A waiting BZPOPMAX gets the highest of the members added at once
    When client "B" sends "BZPOPMAX z 0" without waiting
    And the client runs "ZADD z 1 a 3 c 2 b"
    Then client "B" receives ["z", "c", "3"]
    And "ZRANGE z 0 -1" replies ["a", "b"]

  Scenario: A waiting BZMPOP gets up to its count
    When client "B" sends "BZMPOP 0 2 z1 z2 MIN COUNT 2" without waiting
    And the client runs "ZADD z2 1 a 2 b 3 c"
    Then client "B" receives ["z2", [["a", "1"], ["b", "2"]]]
    And "ZCARD z2" replies (integer) 1

  Scenario: A client waiting on several keys is served by the first one written
    When client "B" sends "BZPOPMIN z1 z2 z3 0" without waiting
    And the client runs "ZADD z3 7 x"
    Then client "B" receives ["z3", "x", "7"]

  Scenario: Waiting clients are served in the order they started waiting
    When client "B" sends "BZPOPMIN z 0" without waiting
    And client "C" sends "BZPOPMIN z 0" without waiting
    And the client runs "ZADD z 1 a 2 b"
    Then client "B" receives ["z", "a", "1"]
    And client "C" receives ["z", "b", "2"]

  Scenario: A client still waits when the members are taken before its turn
    When client "B" sends "BZPOPMIN z 0" without waiting
    And client "C" sends "BZPOPMIN z 0" without waiting
    And the client runs "ZADD z 1 a"
    Then client "B" receives ["z", "a", "1"]
    When the client runs "ZADD z 2 b"
    Then client "C" receives ["z", "b", "2"]

  Scenario: Members added inside MULTI wake the waiting client after EXEC
    When client "B" sends "BZPOPMAX z 0" without waiting
    And the client runs "MULTI"
    And the client runs "ZADD z 1 a"
    And the client runs "ZADD z 2 b"
    And the client runs "EXEC"
    Then client "B" receives ["z", "b", "2"]
    And "ZRANGE z 0 -1" replies ["a"]

  Scenario: ZINCRBY on a missing key wakes a waiting client
    When client "B" sends "BZPOPMIN z 0" without waiting
    And the client runs "ZINCRBY z 5 a"
    Then client "B" receives ["z", "a", "5"]

  Scenario: ZUNIONSTORE into a waited key wakes the waiting client
    Given the client runs "ZADD src 1 a"
    When client "B" sends "BZPOPMIN dst 0" without waiting
    And the client runs "ZUNIONSTORE dst 1 src"
    Then client "B" receives ["dst", "a", "1"]

  @resp3
  Scenario: A waiting BZMPOP client in RESP3 gets doubles
    When client "B" runs "HELLO 3"
    And client "B" sends "BZMPOP 0 1 z MAX" without waiting
    And the client runs "ZADD z 2.5 a"
    Then client "B" receives ["z", [["a", (double) 2.5]]]

  # ------------------------------------------------------------------ timeouts

  Scenario Outline: <command> times out with a null array
    When the client runs "<command>"
    Then the reply is (nil array)

    Examples:
      | command                 |
      | BZPOPMIN z 0.01         |
      | BZPOPMAX z1 z2 0.01     |
      | BZMPOP 0.01 1 z MIN     |

  @resp3
  Scenario: A timed out BZPOPMIN replies a RESP3 null
    Given the client switches to RESP3
    When the client runs "BZPOPMIN z 0.01"
    Then the reply is (null)

  Scenario Outline: <command> refuses the timeout <timeout>
    When the client runs "<command> <timeout>"
    Then the reply is (error) ERR <error>

    Examples:
      | command       | timeout | error                                  |
      | BZPOPMIN z    | -1      | timeout is negative                    |
      | BZPOPMAX z    | abc     | timeout is not a float or out of range |
      | BZPOPMIN z    | nan     | timeout is not a float or out of range |

  Scenario Outline: BZMPOP refuses <problem>
    When the client runs "BZMPOP <arguments>"
    Then the reply is (error) ERR <error>

    Examples:
      | problem                  | arguments             | error                                  |
      | a negative timeout       | -1 1 z MIN            | timeout is negative                    |
      | zero keys                | 0 0 z MIN             | numkeys should be greater than 0       |
      | a bad direction          | 0 1 z UP              | syntax error                           |
      | a zero count             | 0 1 z MIN COUNT 0     | count should be greater than 0         |

  Scenario: BZMPOP checks its arguments before its timeout
    When the client runs "BZMPOP -1 1 z UP"
    Then the reply is (error) ERR syntax error

  # ------------------------------------------------------------------ inside MULTI and wrong types

  Scenario: BZPOPMIN inside MULTI does not wait and replies a null array
    Given the client runs "MULTI"
    And the client runs "BZPOPMIN z 0"
    When the client runs "EXEC"
    Then the reply is [(nil array)]

  Scenario: BZPOPMIN inside MULTI pops what is there
    Given the client runs "ZADD z 1 a"
    And the client runs "MULTI"
    And the client runs "BZPOPMIN z 0"
    When the client runs "EXEC"
    Then the reply is [["z", "a", "1"]]

  Scenario Outline: <command> refuses a key holding a string
    Given the client runs "SET k v"
    When the client runs "<command>"
    Then the reply is (error) WRONGTYPE Operation against a key holding the wrong kind of value

    Examples:
      | command                |
      | BZPOPMIN k 0           |
      | BZPOPMAX nokey k 0     |
      | BZMPOP 0 1 k MIN       |

  Scenario: A waiting client is not served by a key of another type
    When client "B" sends "BZPOPMIN z 0.2" without waiting
    And the client runs "SET z v"
    Then client "B" receives (nil array)
