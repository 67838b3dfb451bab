Feature: SCAN keeps its promise while the keyspace resizes
  The keyspace is a hash table that doubles when it fills up and shrinks when it falls under 10% use,
  moving its keys a few buckets at a time (progressive rehashing) instead of stopping the server. SCAN's
  reverse-binary cursor is what keeps its guarantee across those resizes: a full iteration returns every
  key that exists from its start to its end, whatever the table does in between; and while the table only
  grows, no key comes back twice. Here another connection adds or deletes keys between SCAN calls.

  Scenario: A full SCAN returns every key that stays, while the keyspace grows from hundreds to a hundred thousand keys
    Given for n from 1 to 500, the client runs "SET key:{n} value:{n}"
    When the client iterates "SCAN {cursor}" while running "SET new:{n} {n}" for n from 1 to 100000, 1000 between calls
    Then the iteration returned "key:{n}" for every n from 1 to 500
    And the iteration returned no element twice
    And "DBSIZE" replies (integer) 100500

  Scenario: A full SCAN with a large COUNT returns every key that stays while the keyspace grows
    Given for n from 1 to 300, the client runs "SET key:{n} value:{n}"
    When the client iterates "SCAN {cursor} COUNT 1000" while running "SET new:{n} {n}" for n from 1 to 200000, 5000 between calls
    Then the iteration returned "key:{n}" for every n from 1 to 300
    And the iteration returned no element twice

  Scenario: A full SCAN returns every key that stays, while the keyspace shrinks back to hundreds of keys
    Given for n from 1 to 500, the client runs "SET key:{n} value:{n}"
    And for n from 1 to 100000, the client runs "SET tmp:{n} x"
    When the client iterates "SCAN {cursor} COUNT 100" while running "DEL tmp:{n}" for n from 1 to 100000, 2000 between calls
    Then the iteration returned "key:{n}" for every n from 1 to 500
    And "DBSIZE" replies (integer) 500

  Scenario: A full SCAN returns every key that stays, while other keys come and go
    Given for n from 1 to 1000, the client runs "SET key:{n} value:{n}"
    And for n from 1 to 50000, the client runs "SET tmp:{n} x"
    When the client iterates "SCAN {cursor} COUNT 50" while running "DEL tmp:{n}" for n from 1 to 50000, 1000 between calls
    And the client iterates "SCAN {cursor} COUNT 20" while running "SET tmp:{n} y" for n from 1 to 60000, 600 between calls
    Then the iteration returned "key:{n}" for every n from 1 to 1000
    And "DBSIZE" replies (integer) 61000

  Scenario: A full SCAN with MATCH keeps the guarantee for the keys it matches while the keyspace grows
    Given for n from 1 to 200, the client runs "SET user:{n} {n}"
    When the client iterates "SCAN {cursor} MATCH user:*" while running "SET other:{n} {n}" for n from 1 to 50000, 500 between calls
    Then the iteration returned "user:{n}" for every n from 1 to 200
    And the iteration returned no element twice

  Scenario: Every key and value survives the keyspace growing to two hundred thousand keys
    When for n from 1 to 200000, the client runs "SET key:{n} value:{n}"
    Then "DBSIZE" replies (integer) 200000
    And for n from 1 to 200000, "GET key:{n}" replies "value:{n}"

  Scenario: Every remaining key and value survives the keyspace shrinking back
    Given for n from 1 to 200000, the client runs "SET key:{n} value:{n}"
    When for n from 1001 to 200000, the client runs "DEL key:{n}"
    And the client waits 300 ms
    Then "DBSIZE" replies (integer) 1000
    And for n from 1 to 1000, "GET key:{n}" replies "value:{n}"
    And for n from 1001 to 1100, "GET key:{n}" replies (nil)

  Scenario: Keys with an expire keep it across resizes of the keyspace and of the expires table
    Given for n from 1 to 20000, the client runs "SET key:{n} value:{n}"
    And for n from 1 to 20000, the client runs "EXPIREAT key:{n} 4102444800"
    And for n from 1 to 100000, the client runs "SET plain:{n} x"
    When for n from 1 to 100000, the client runs "DEL plain:{n}"
    And the client waits 300 ms
    Then "DBSIZE" replies (integer) 20000
    And for n from 1 to 20000, "EXPIRETIME key:{n}" replies (integer) 4102444800
    And for n from 1 to 20000, "GET key:{n}" replies "value:{n}"

  @slow
  Scenario: A client keeps being answered while another client fills the keyspace with half a million keys
    When client "B" runs "SET key:{n} {n}" for n from 1 to 500000 while the client runs "PING" in a loop
    Then the slowest of the client's round trips took less than 1000 ms
    And "DBSIZE" replies (integer) 500000
