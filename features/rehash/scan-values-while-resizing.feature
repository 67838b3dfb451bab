Feature: HSCAN, SSCAN and ZSCAN keep their promise while a value's hash table resizes
  A hash, a set or a sorted set past its compact encoding's limits is a hash table too, and it grows and
  shrinks like the keyspace does, a few buckets at a time. HSCAN, SSCAN and ZSCAN use the same
  reverse-binary cursor as SCAN: a full iteration returns every element present from its start to its
  end while the value grows or shrinks between calls, and no element twice while it only grows.

  Scenario: HSCAN returns every field that stays while the hash grows to fifty thousand fields
    Given for n from 1 to 1000, the client runs "HSET h field:{n} value:{n}"
    When the client iterates "HSCAN h {cursor}" while running "HSET h new:{n} {n}" for n from 1 to 50000, 500 between calls
    Then the iteration returned "field:{n}" for every n from 1 to 1000
    And the iteration returned "value:{n}" for every n from 1 to 1000
    And the iteration returned no element twice
    And "HLEN h" replies (integer) 51000

  Scenario: HSCAN returns every field that stays while the hash shrinks back
    Given for n from 1 to 1000, the client runs "HSET h field:{n} value:{n}"
    And for n from 1 to 50000, the client runs "HSET h tmp:{n} x"
    When the client iterates "HSCAN h {cursor} COUNT 50" while running "HDEL h tmp:{n}" for n from 1 to 50000, 1000 between calls
    Then the iteration returned "field:{n}" for every n from 1 to 1000
    And "HLEN h" replies (integer) 1000

  Scenario: SSCAN returns every member that stays while the set grows to fifty thousand members
    Given for n from 1 to 300, the client runs "SADD s member:{n}"
    When the client iterates "SSCAN s {cursor}" while running "SADD s new:{n}" for n from 1 to 50000, 500 between calls
    Then the iteration returned "member:{n}" for every n from 1 to 300
    And the iteration returned no element twice
    And "SCARD s" replies (integer) 50300

  Scenario: SSCAN returns every member that stays while the set shrinks back
    Given for n from 1 to 300, the client runs "SADD s member:{n}"
    And for n from 1 to 50000, the client runs "SADD s tmp:{n}"
    When the client iterates "SSCAN s {cursor} COUNT 50" while running "SREM s tmp:{n}" for n from 1 to 50000, 1000 between calls
    Then the iteration returned "member:{n}" for every n from 1 to 300
    And "SCARD s" replies (integer) 300

  Scenario: ZSCAN returns every member that stays while the sorted set grows to fifty thousand members
    Given for n from 1 to 300, the client runs "ZADD z {n} member:{n}"
    When the client iterates "ZSCAN z {cursor}" while running "ZADD z 1000{n} new:{n}" for n from 1 to 50000, 500 between calls
    Then the iteration returned "member:{n}" for every n from 1 to 300
    And the iteration returned no element twice
    And "ZCARD z" replies (integer) 50300

  Scenario: ZSCAN returns every member that stays while the sorted set shrinks back
    Given for n from 1 to 300, the client runs "ZADD z {n} member:{n}"
    And for n from 1 to 50000, the client runs "ZADD z 1000{n} tmp:{n}"
    When the client iterates "ZSCAN z {cursor} COUNT 50" while running "ZREM z tmp:{n}" for n from 1 to 50000, 1000 between calls
    Then the iteration returned "member:{n}" for every n from 1 to 300
    And "ZCARD z" replies (integer) 300

  Scenario: Every field of a hash survives its table growing and shrinking
    Given for n from 1 to 100000, the client runs "HSET h field:{n} value:{n}"
    When for n from 1001 to 100000, the client runs "HDEL h field:{n}"
    Then "HLEN h" replies (integer) 1000
    And for n from 1 to 1000, "HGET h field:{n}" replies "value:{n}"
