@blocking
Feature: Blocking list pops
  BLPOP, BRPOP, BLMOVE, BRPOPLPUSH and BLMPOP behave like their non-blocking forms when a list has
  elements. When none has, the client waits: it is served, in the order clients started waiting, as
  soon as another client's command gives one of its keys elements, or it gets a null reply when its
  timeout (seconds, decimals allowed, 0 for ever) passes first. A waiting client runs nothing else
  until then. Every expectation here was first seen from real Redis 7.0.15.

  # ------------------------------------------------------------------ elements already there

  Scenario: BLPOP pops at once from a non-empty list and names the key
    Given the client runs "RPUSH q a b"
    When the client runs "BLPOP q 0"
    Then the reply is ["q", "a"]
    And "LRANGE q 0 -1" replies ["b"]

  Scenario Outline: <command> takes the first key in argument order that has elements
    Given the client runs:
      """
      RPUSH second a b
      RPUSH third x
      """
    When the client runs "<command> first second third 0"
    Then the reply is <reply>

    Examples:
      | command | reply           |
      | BLPOP   | ["second", "a"] |
      | BRPOP   | ["second", "b"] |

  Scenario: BLMPOP pops at once like LMPOP
    Given the client runs "RPUSH q a b c"
    When the client runs "BLMPOP 0 2 missing q RIGHT COUNT 2"
    Then the reply is ["q", ["c", "b"]]

  Scenario: BLMOVE moves at once when the source has elements
    Given the client runs "RPUSH src a b"
    When the client runs "BLMOVE src dst LEFT RIGHT 0"
    Then the reply is "a"
    And "LRANGE dst 0 -1" replies ["a"]

  # ------------------------------------------------------------------ waiting and being served

  Scenario: BLPOP waits until another client pushes
    When client "B" sends "BLPOP q 0" without waiting
    And the client runs "RPUSH q x"
    Then the reply is (integer) 1
    And client "B" receives ["q", "x"]
    And "EXISTS q" replies (integer) 0

  Scenario: A waiting client takes one element of a push and leaves the rest
    When client "B" sends "BLPOP q 0" without waiting
    And the client runs "RPUSH q a b c"
    Then client "B" receives ["q", "a"]
    And "LRANGE q 0 -1" replies ["b", "c"]

  Scenario: BRPOP is served from the tail
    When client "B" sends "BRPOP q 0" without waiting
    And the client runs "RPUSH q a b c"
    Then client "B" receives ["q", "c"]
    And "LRANGE q 0 -1" replies ["a", "b"]

  Scenario: Waiting clients are served in the order they started waiting
    When client "B" sends "BLPOP q 0" without waiting
    And client "C" sends "BLPOP q 0" without waiting
    And client "D" sends "BLPOP q 0" without waiting
    And the client runs "RPUSH q 1 2"
    Then client "B" receives ["q", "1"]
    And client "C" receives ["q", "2"]
    When the client runs "RPUSH q 3"
    Then client "D" receives ["q", "3"]
    And "EXISTS q" replies (integer) 0

  Scenario: Clients waiting at different ends share one push in waiting order
    When client "B" sends "BLPOP q 0" without waiting
    And client "C" sends "BRPOP q 0" without waiting
    And the client runs "LPUSH q a b c"
    Then client "B" receives ["q", "c"]
    And client "C" receives ["q", "a"]
    And "LRANGE q 0 -1" replies ["b"]

  Scenario: A client waiting on several keys is served by the first one that gets elements
    When client "B" sends "BLPOP q1 q2 q3 0" without waiting
    And the client runs "RPUSH q3 z"
    Then client "B" receives ["q3", "z"]

  Scenario: A key given twice serves the client once
    When client "B" sends "BLPOP q q 0" without waiting
    And the client runs "RPUSH q a b"
    Then client "B" receives ["q", "a"]
    And "LRANGE q 0 -1" replies ["b"]

  Scenario: BLMPOP is served with up to COUNT elements
    When client "B" sends "BLMPOP 0 2 q1 q2 LEFT COUNT 3" without waiting
    And the client runs "RPUSH q2 a b c d"
    Then client "B" receives ["q2", ["a", "b", "c"]]
    And "LRANGE q2 0 -1" replies ["d"]

  Scenario: BLMPOP RIGHT is served from the tail and may empty the list
    When client "B" sends "BLMPOP 0 1 q RIGHT COUNT 5" without waiting
    And the client runs "RPUSH q a b"
    Then client "B" receives ["q", ["b", "a"]]
    And "EXISTS q" replies (integer) 0

  Scenario: BLMOVE waits for the source, then moves the element
    When client "B" sends "BLMOVE src dst RIGHT LEFT 0" without waiting
    And the client runs "RPUSH src a b"
    Then client "B" receives "b"
    And "LRANGE src 0 -1" replies ["a"]
    And "LRANGE dst 0 -1" replies ["b"]

  Scenario: BRPOPLPUSH waits for the source, then moves its tail element
    When client "B" sends "BRPOPLPUSH src dst 0" without waiting
    And the client runs "RPUSH src a b"
    Then client "B" receives "b"
    And "LRANGE dst 0 -1" replies ["b"]

  Scenario: BLMOVE waiting on a list that is its own destination rotates the pushed element back in
    When client "B" sends "BLMOVE q q LEFT RIGHT 0" without waiting
    And the client runs "RPUSH q a"
    Then client "B" receives "a"
    And "LRANGE q 0 -1" replies ["a"]

  Scenario: Moving clients feed each other in a chain
    When client "B" sends "BLMOVE a b LEFT RIGHT 0" without waiting
    And client "C" sends "BLMOVE b c RIGHT LEFT 0" without waiting
    And client "D" sends "BRPOPLPUSH c d 0" without waiting
    And the client runs "LPUSH a v"
    Then client "B" receives "v"
    And client "C" receives "v"
    And client "D" receives "v"
    And "LRANGE d 0 -1" replies ["v"]
    And "EXISTS a b c" replies (integer) 0

  Scenario: BLMOVE served while its destination holds a string gets WRONGTYPE and moves nothing
    Given the client runs "SET dst str"
    When client "B" sends "BLMOVE src dst LEFT LEFT 0" without waiting
    And the client runs "RPUSH src v"
    Then client "B" receives (error) WRONGTYPE Operation against a key holding the wrong kind of value
    And "LRANGE src 0 -1" replies ["v"]

  Scenario: A list moved in by LMOVE serves a waiting client
    Given the client runs "RPUSH src x"
    When client "B" sends "BLPOP dst 0" without waiting
    And the client runs "LMOVE src dst LEFT LEFT"
    Then client "B" receives ["dst", "x"]

  Scenario: A list renamed onto the waited key serves the waiting client
    Given the client runs "RPUSH tmp x"
    When client "B" sends "BLPOP q 0" without waiting
    And the client runs "RENAME tmp q"
    Then client "B" receives ["q", "x"]
    And "EXISTS q" replies (integer) 0

  Scenario: A list moved into the waited database serves the waiting client
    Given client "B" runs "SELECT 1"
    And the client runs "RPUSH q x"
    When client "B" sends "BLPOP q 0" without waiting
    And the client runs "MOVE q 1"
    Then client "B" receives ["q", "x"]

  Scenario: SWAPDB bringing a list into the waited database serves the waiting client
    Given client "B" runs "SELECT 1"
    When client "B" sends "BLPOP q 0" without waiting
    And the client runs "RPUSH q x"
    And the client runs "SWAPDB 0 1"
    Then client "B" receives ["q", "x"]
    And "EXISTS q" replies (integer) 0

  Scenario: A push in another database does not serve the waiting client
    Given client "B" runs "SELECT 1"
    When client "B" sends "BLPOP q 0" without waiting
    And the client runs "RPUSH q in-db-0"
    And the client runs "SELECT 1"
    And the client runs "RPUSH q in-db-1"
    Then client "B" receives ["q", "in-db-1"]
    And "LRANGE q 0 -1" replies (empty array)
    When the client runs "SELECT 0"
    Then "LRANGE q 0 -1" replies ["in-db-0"]

  Scenario: A key that gets a value of another type does not serve a list waiter
    When client "B" sends "BLPOP k 0" without waiting
    And the client runs "SET k str"
    And the client runs "DEL k"
    And the client runs "RPUSH k z"
    Then client "B" receives ["k", "z"]

  Scenario: Commands sent behind a blocking command wait for it
    When client "B" sends "BLPOP q 0" without waiting
    And client "B" sends "PING" without waiting
    And the client runs "RPUSH q x"
    Then client "B" receives ["q", "x"]
    And client "B" receives PONG

  Scenario: The waiting client is served before the pushing client's next command runs
    Given client "B" sends "BLPOP q 0" without waiting
    When the client sends the bytes "*3\r\n$5\r\nRPUSH\r\n$1\r\nq\r\n$1\r\nx\r\n*2\r\n$4\r\nLLEN\r\n$1\r\nq\r\n"
    Then the client receives the bytes ":1\r\n:0\r\n"
    And client "B" receives ["q", "x"]

  Scenario: A waiting client shows the b flag and its command in CLIENT LIST
    When client "B" sends "BRPOP q 0" without waiting
    And the client runs "CLIENT LIST"
    Then the reply is a bulk string matching ".*flags=b .*cmd=brpop .*"

  # ------------------------------------------------------------------ timeouts

  Scenario Outline: <command> replies a null array when its timeout passes
    When client "B" sends "<command>" without waiting
    Then client "B" receives (nil array)

    Examples:
      | command                        |
      | BLPOP q 0.2                    |
      | BRPOP q1 q2 0.2                |
      | BLMPOP 0.2 1 q LEFT            |
      | BLMOVE q dst LEFT RIGHT 0.2    |
      | BRPOPLPUSH q dst 0.2           |

  @resp3
  Scenario Outline: <command> replies the RESP3 null when its timeout passes
    Given client "B" runs "HELLO 3"
    When client "B" sends "<command>" without waiting
    Then client "B" receives (null)

    Examples:
      | command                        |
      | BLPOP q 0.2                    |
      | BLMPOP 0.2 1 q LEFT COUNT 2    |
      | BRPOPLPUSH q dst 0.2           |

  Scenario: A timed-out BLMOVE creates nothing
    When client "B" sends "BLMOVE q dst LEFT RIGHT 0.1" without waiting
    Then client "B" receives (nil array)
    And "EXISTS q dst" replies (integer) 0

  Scenario: A client served before its timeout gets no second reply
    When client "B" sends "BLPOP q 0.3" without waiting
    And the client runs "RPUSH q x"
    Then client "B" receives ["q", "x"]
    When the client waits 500 ms
    And client "B" runs "PING"
    Then client "B" got PONG

  Scenario Outline: A timeout of <timeout> waits until an element comes
    When client "B" sends "BLPOP q <timeout>" without waiting
    And the client waits 400 ms
    And the client runs "RPUSH q x"
    Then client "B" receives ["q", "x"]

    Examples:
      | timeout |
      | 0       |
      | 0.0     |
      | 5       |
      | 2.5     |
      | -0.001  |
      | -0.0001 |
      | -0      |
      | 0x10    |

  Scenario Outline: A positive timeout below a millisecond, <timeout>, is rounded up to one
    When client "B" sends "BLPOP q <timeout>" without waiting
    Then client "B" receives (nil array)

    Examples:
      | timeout   |
      | 0.0000001 |
      | 1e-400    |

  Scenario: A client waiting with timeout 0 is still waiting a second later
    When client "B" sends "BLPOP q 0" without waiting
    And the client waits 1100 ms
    And the client runs "CLIENT LIST"
    Then the reply is a bulk string matching ".*flags=b .*cmd=blpop .*"
    When the client runs "RPUSH q x"
    Then client "B" receives ["q", "x"]

  Scenario Outline: BLPOP refuses the timeout <timeout>
    When the client runs 'BLPOP q <timeout>'
    Then the reply is (error) <error>

    Examples:
      | timeout | error                                         |
      | abc     | ERR timeout is not a float or out of range    |
      | ""      | ERR timeout is not a float or out of range    |
      | nan     | ERR timeout is not a float or out of range    |
      | " 1"    | ERR timeout is not a float or out of range    |
      | "1 "    | ERR timeout is not a float or out of range    |
      | 1x      | ERR timeout is not a float or out of range    |
      | -1      | ERR timeout is negative                       |
      | -0.5    | ERR timeout is negative                       |
      | -0.9999 | ERR timeout is negative                       |
      | inf     | ERR timeout is negative                       |
      | -inf    | ERR timeout is negative                       |
      | 1e16    | ERR timeout is negative                       |
      | 9223372036854775807 | ERR timeout is negative           |

  Scenario Outline: <command> checks its timeout
    When the client runs "<command>"
    Then the reply is (error) <error>

    Examples:
      | command                          | error                                       |
      | BRPOP q x                        | ERR timeout is not a float or out of range  |
      | BLMOVE q d LEFT LEFT -1          | ERR timeout is negative                     |
      | BLMOVE q d UP LEFT x             | ERR syntax error                            |
      | BRPOPLPUSH q d -2                | ERR timeout is negative                     |
      | BLMPOP x 1 q LEFT                | ERR timeout is not a float or out of range  |
      | BLMPOP -1 0 q LEFT               | ERR numkeys should be greater than 0        |
      | BLMPOP -1 1 q LEFT COUNT 0       | ERR count should be greater than 0          |
      | BLMPOP -1 1 q LEFT               | ERR timeout is negative                     |

  Scenario: The timeout is checked before the keys
    Given the client runs "SET s v"
    When the client runs "BLPOP s -1"
    Then the reply is (error) ERR timeout is negative

  # ------------------------------------------------------------------ going away, CLIENT UNBLOCK

  Scenario: A waiting client that disconnects takes nothing
    When client "B" sends "BLPOP q 0" without waiting
    And client "B" disconnects
    And the client runs "RPUSH q x"
    Then the reply is (integer) 1
    And "LRANGE q 0 -1" replies ["x"]

  Scenario: A waiting client that is killed takes nothing
    Given client "B" runs "CLIENT SETNAME waiter"
    When client "B" sends "BLPOP q 0" without waiting
    And the client kills the client named "waiter"
    Then the reply is (integer) 1
    When the client runs "RPUSH q x"
    Then "LRANGE q 0 -1" replies ["x"]

  Scenario: A disconnected waiter does not delay the next one
    When client "B" sends "BLPOP q 0" without waiting
    And client "C" sends "BLPOP q 0" without waiting
    And client "B" disconnects
    And the client runs "RPUSH q x"
    Then client "C" receives ["q", "x"]

  Scenario Outline: CLIENT UNBLOCK <reason> ends the wait like a timeout
    Given client "B" runs "CLIENT SETNAME waiter"
    When client "B" sends "<command>" without waiting
    And the client unblocks the client named "waiter" with <reason>
    Then the reply is (integer) 1
    And client "B" receives (nil array)

    Examples:
      | reason  | command                     |
      | TIMEOUT | BLPOP q 0                   |
      | timeout | BLMOVE q d LEFT LEFT 0      |
      | TIMEOUT | BLMPOP 0 1 q RIGHT          |

  Scenario: CLIENT UNBLOCK without a reason ends the wait like a timeout
    Given client "B" runs "CLIENT SETNAME waiter"
    When client "B" sends "BRPOP q 0" without waiting
    And the client unblocks the client named "waiter"
    Then the reply is (integer) 1
    And client "B" receives (nil array)

  Scenario: CLIENT UNBLOCK ERROR ends the wait with an UNBLOCKED error
    Given client "B" runs "CLIENT SETNAME waiter"
    When client "B" sends "BLPOP q 0" without waiting
    And the client unblocks the client named "waiter" with ERROR
    Then the reply is (integer) 1
    And client "B" receives (error) UNBLOCKED client unblocked via CLIENT UNBLOCK

  Scenario: A client unblocked by CLIENT UNBLOCK runs its next commands
    Given client "B" runs "CLIENT SETNAME waiter"
    When client "B" sends "BLPOP q 0" without waiting
    And client "B" sends "PING" without waiting
    And the client unblocks the client named "waiter"
    Then client "B" receives (nil array)
    And client "B" receives PONG

  Scenario: CLIENT UNBLOCK of a client that is not waiting replies 0
    Given client "B" runs "CLIENT SETNAME idle"
    When the client unblocks the client named "idle"
    Then the reply is (integer) 0

  Scenario Outline: CLIENT UNBLOCK <args>
    When the client runs "CLIENT UNBLOCK <args>"
    Then the reply is <reply>

    Examples:
      | args        | reply                                                   |
      | 987654321   | (integer) 0                                             |
      | -1          | (integer) 0                                             |
      | abc         | (error) ERR value is not an integer or out of range     |
      | 1 FOREVER   | (error) ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR |
      | abc FOREVER | (error) ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR |
