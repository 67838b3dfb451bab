@protocol @needs:config
Feature: Client output buffer limits
  client-output-buffer-limit <class> <hard> <soft> <soft-seconds> bounds what the server holds for a
  client that does not read: past the hard limit, or past the soft limit for longer than its seconds,
  the client is dropped without a flush and every other client goes on. Limits count the output beyond
  the client's own 16 KB buffer (Redis's reply list), so each scenario uses one reply or message far
  over the limit, which no socket buffer absorbs first. Every expectation was first seen from Redis 7.0.15.

  Scenario: A reply over a normal client's hard limit closes the connection before any of it is sent
    Given the config "client-output-buffer-limit" is set to "normal 1mb 0 0"
    And client "B" runs "SETRANGE big 2097151 x"
    When the client sends the bytes "*2\r\n$3\r\nGET\r\n$3\r\nbig\r\n"
    Then the server closes the connection without sending anything
    When client "B" runs "STRLEN big"
    Then client "B" got (integer) 2097152

  Scenario: A reply under a normal client's hard limit is sent whole
    Given the config "client-output-buffer-limit" is set to "normal 1mb 0 0"
    And the client runs "SETRANGE small 524287 x"
    When the client runs "GET small"
    Then the reply is a bulk string matching "\x00{524287}x"
    And "PING" replies PONG

  Scenario: Normal clients have no limit by default
    Given the client runs "SETRANGE big 2097151 x"
    When the client runs "GET big"
    Then the reply is a bulk string matching ".{2097152}"
    And "CONFIG GET client-output-buffer-limit" replies ["client-output-buffer-limit", "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60"]

  Scenario: A message over a subscriber's hard limit drops the subscriber; PUBLISH still counts it
    Given the config "client-output-buffer-limit" is set to "pubsub 1mb 0 0"
    And client "S" runs "SUBSCRIBE ch"
    When the client sends "PUBLISH ch" with a 2097152-byte argument in pieces of 65536 bytes
    Then the client receives (integer) 1
    And within 2 seconds "PUBSUB NUMSUB ch" replies ["ch", (integer) 0]

  Scenario: A subscriber over its soft limit is dropped only once the limit's seconds have passed
    Given the config "client-output-buffer-limit" is set to "pubsub 0 1mb 1"
    And client "S" runs "SUBSCRIBE ch"
    When the client sends "PUBLISH ch" with a 16777216-byte argument in pieces of 1048576 bytes
    Then the client receives (integer) 1
    And "PUBSUB NUMSUB ch" replies ["ch", (integer) 1]
    And within 5 seconds "PUBSUB NUMSUB ch" replies ["ch", (integer) 0]

  Scenario: The pubsub limit does not apply to a client that is not subscribed
    Given the config "client-output-buffer-limit" is set to "pubsub 1mb 0 0"
    And the client runs "SETRANGE big 2097151 x"
    When the client runs "GET big"
    Then the reply is a bulk string matching ".{2097152}"

  Scenario: The normal limit does not apply to a subscriber
    Given the config "client-output-buffer-limit" is set to "normal 1mb 0 0"
    And client "S" runs "SUBSCRIBE ch"
    When the client sends "PUBLISH ch" with a 2097152-byte argument in pieces of 65536 bytes
    Then the client receives (integer) 1
    And "PUBSUB NUMSUB ch" replies ["ch", (integer) 1]
