Feature: Smoke test of the suite's vocabulary
  A short tour of the steps and the reply notation, on behaviour every Redis-compatible server must have.
  Every expectation here was first seen from Redis 7.0.15.

  Scenario: PING answers with the simple string PONG
    When the client runs "PING"
    Then the reply is PONG

  Scenario: ECHO returns its argument as a bulk string, byte for byte
    When the client runs "ECHO \"caf\xc3\xa9\n\""
    Then the reply is "caf\xc3\xa9\n"

  Scenario: GET returns what SET stored, whichever client asks
    Given the client runs "SET greeting hello"
    When the client runs "GET greeting"
    Then the reply is "hello"
    And "GET missing" replies (nil)
    When the "jedis" client runs "GET greeting"
    Then the reply is "hello"
    When the "lettuce" client runs "SET other value"
    Then the reply is OK

  Scenario: INCR adds one to the integer a string holds, and starts from zero
    Given the client runs "SET counter 10"
    When the client runs "INCR counter"
    Then the reply is (integer) 11
    And "INCR fresh" replies (integer) 1

  Scenario: Wrong arguments are error replies
    When the client runs "SET k v EX"
    Then the reply is (error) ERR syntax error
    When the client runs "GET"
    Then the reply is an error starting with "ERR wrong number of arguments"
    Given the client runs "SET text abc"
    Then "INCR text" replies (error) ERR value is not an integer or out of range

  Scenario: Lists and sets come back as arrays
    Given the client runs:
      """
      RPUSH list a b c
      SADD set x y z
      """
    When the client runs "LRANGE list 0 -1"
    Then the reply is:
      """
      1) "a"
      2) "b"
      3) "c"
      """
    When the client runs "SMEMBERS set"
    Then the reply is an array containing, in any order:
      """
      "x"
      "y"
      "z"
      """

  Scenario: An invalid multibulk length is a protocol error that closes the connection
    When the client sends the bytes "*abc\r\n"
    Then the client receives the bytes "-ERR Protocol error: invalid multibulk length\r\n"
    And the server closes the connection

  @resp3
  Scenario: After HELLO 3, replies use RESP3 types
    Given the client runs "ZADD z 1.5 a"
    And the client runs "HSET h f v"
    When the client switches to RESP3
    Then "ZSCORE z a" replies (double) 1.5
    And "HGETALL h" replies {"f" => "v"}
    And "GET missing" replies (null)
