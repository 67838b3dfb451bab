@expire
Feature: Key expiry
  A key can be given a time to live, relative (EXPIRE in seconds, PEXPIRE in milliseconds) or as an
  absolute unix time (EXPIREAT, PEXPIREAT). TTL and PTTL read what is left, EXPIRETIME and
  PEXPIRETIME the absolute time, PERSIST removes it. An expired key is gone for every command at
  once, and the server also reclaims expired keys that nobody reads. Every expectation was first
  seen from Redis 7.0.15.

  # ---------------------------------------------------------------- setting a time to live

  Scenario: EXPIRE sets a time to live in seconds
    Given the client runs "SET k v"
    When the client runs "EXPIRE k 100"
    Then the reply is (integer) 1
    When the client runs "TTL k"
    Then the reply is an integer between 99 and 100

  Scenario: PEXPIRE sets a time to live in milliseconds
    Given the client runs "SET k v"
    When the client runs "PEXPIRE k 100000"
    Then the reply is (integer) 1
    When the client runs "PTTL k"
    Then the reply is an integer between 98000 and 100000

  Scenario: EXPIREAT sets an absolute expire time in unix seconds
    Given the client runs "SET k v"
    When the client runs "EXPIREAT k 33177117420"
    Then the reply is (integer) 1
    And "EXPIRETIME k" replies (integer) 33177117420
    And "PEXPIRETIME k" replies (integer) 33177117420000

  Scenario: PEXPIREAT sets an absolute expire time in unix milliseconds
    Given the client runs "SET k v"
    When the client runs "PEXPIREAT k 33177117420123"
    Then the reply is (integer) 1
    And "PEXPIRETIME k" replies (integer) 33177117420123

  Scenario Outline: EXPIRETIME rounds the expire time <ms> ms to the nearest second
    Given the client runs "SET k v"
    And the client runs "PEXPIREAT k <ms>"
    When the client runs "EXPIRETIME k"
    Then the reply is (integer) <seconds>

    Examples:
      | ms             | seconds     |
      | 33177117420499 | 33177117420 |
      | 33177117420500 | 33177117421 |

  Scenario: a time to live set again replaces the previous one
    Given the client runs:
      """
      SET k v
      EXPIRE k 1000
      """
    When the client runs "EXPIRE k 100"
    And the client runs "TTL k"
    Then the reply is an integer between 99 and 100

  Scenario Outline: <command> of a missing key sets nothing
    When the client runs "<command> missing <time>"
    Then the reply is (integer) 0
    And "EXISTS missing" replies (integer) 0

    Examples:
      | command   | time           |
      | EXPIRE    | 100            |
      | PEXPIRE   | 100000         |
      | EXPIREAT  | 33177117420    |
      | PEXPIREAT | 33177117420000 |

  Scenario: options are accepted in any case
    Given the client runs "SET k v"
    When the client runs "EXPIRE k 100 nX"
    Then the reply is (integer) 1

  # ---------------------------------------------------------------- a time already due deletes

  Scenario Outline: <command> with a time already due deletes the key at once
    Given the client runs "SET k v"
    When the client runs "<command> k <time>"
    Then the reply is (integer) 1
    And "EXISTS k" replies (integer) 0

    Examples:
      | command   | time                 |
      | EXPIRE    | 0                    |
      | EXPIRE    | -10                  |
      | PEXPIRE   | -1                   |
      | PEXPIRE   | -9223372036854775808 |
      | EXPIREAT  | 1                    |
      | PEXPIREAT | 1000                 |
      | PEXPIREAT | 0                    |

  # ---------------------------------------------------------------- an expired key is gone

  Scenario: a key is gone once its time to live has passed
    Given the client runs:
      """
      SET k v
      PEXPIRE k 100
      """
    When the client waits 150 ms
    Then "GET k" replies (nil)
    And "EXISTS k" replies (integer) 0
    And "TTL k" replies (integer) -2

  Scenario: a key that expired cannot be given a new time to live
    Given the client runs:
      """
      SET k v
      PEXPIRE k 50
      """
    And the client waits 100 ms
    When the client runs "EXPIRE k 100"
    Then the reply is (integer) 0

  Scenario: keys that nobody reads are reclaimed in the background
    Given the client runs:
      """
      SET k v
      PEXPIRE k 100
      """
    Then within 2 seconds "DBSIZE" replies (integer) 0

  Scenario: many keys that nobody reads are all reclaimed in the background
    Given the client runs:
      """
      SET k1 v
      SET k2 v
      SET k3 v
      SET k4 v
      SET k5 v
      SET k6 v
      SET k7 v
      SET k8 v
      SET k9 v
      SET k10 v
      SET keep v
      PEXPIRE k1 100
      PEXPIRE k2 100
      PEXPIRE k3 100
      PEXPIRE k4 100
      PEXPIRE k5 100
      PEXPIRE k6 100
      PEXPIRE k7 100
      PEXPIRE k8 100
      PEXPIRE k9 100
      PEXPIRE k10 100
      """
    Then within 2 seconds "DBSIZE" replies (integer) 1

  # ---------------------------------------------------------------- NX, XX, GT and LT

  Scenario Outline: EXPIREAT <option> on a key whose expire time is 33177117420
    Given the client runs:
      """
      SET k v
      EXPIREAT k 33177117420
      """
    When the client runs "EXPIREAT k <time> <option>"
    Then the reply is (integer) <reply>
    And "EXPIRETIME k" replies (integer) <expiretime>

    Examples:
      | option | time        | reply | expiretime  |
      | NX     | 33177117000 | 0     | 33177117420 |
      | XX     | 33177117000 | 1     | 33177117000 |
      | GT     | 33177117999 | 1     | 33177117999 |
      | GT     | 33177117420 | 0     | 33177117420 |
      | GT     | 33177117000 | 0     | 33177117420 |
      | LT     | 33177117000 | 1     | 33177117000 |
      | LT     | 33177117420 | 0     | 33177117420 |
      | LT     | 33177117999 | 0     | 33177117420 |
      | XX GT  | 33177117999 | 1     | 33177117999 |
      | XX LT  | 33177117999 | 0     | 33177117420 |

  Scenario Outline: EXPIREAT <option> on a key without a time to live
    Given the client runs "SET k v"
    When the client runs "EXPIREAT k 33177117420 <option>"
    Then the reply is (integer) <reply>
    And "EXPIRETIME k" replies (integer) <expiretime>

    Examples: a key without a time to live counts as one that never expires
      | option | reply | expiretime  |
      | NX     | 1     | 33177117420 |
      | XX     | 0     | -1          |
      | GT     | 0     | -1          |
      | LT     | 1     | 33177117420 |

  Scenario Outline: PEXPIRE <option> behaves like EXPIREAT <option>
    Given the client runs:
      """
      SET k v
      PEXPIRE k 100000
      """
    When the client runs "PEXPIRE k <ms> <option>"
    Then the reply is (integer) <reply>

    Examples:
      | option | ms      | reply |
      | NX     | 200000  | 0     |
      | XX     | 200000  | 1     |
      | GT     | 200000  | 1     |
      | GT     | 50000   | 0     |
      | LT     | 50000   | 1     |
      | LT     | 200000  | 0     |

  Scenario: LT with a time already due deletes a key that has a time to live
    Given the client runs:
      """
      SET k v
      EXPIRE k 100
      """
    When the client runs "EXPIRE k -1 LT"
    Then the reply is (integer) 1
    And "EXISTS k" replies (integer) 0

  Scenario: an option may be repeated
    Given the client runs "SET k v"
    When the client runs "EXPIRE k 100 NX NX"
    Then the reply is (integer) 1

  Scenario Outline: EXPIRE with the options <options> is refused
    Given the client runs "SET k v"
    When the client runs "EXPIRE k 100 <options>"
    Then the reply is <error>
    And "TTL k" replies (integer) -1

    Examples:
      | options  | error                                                                        |
      | NX XX    | (error) ERR NX and XX, GT or LT options at the same time are not compatible |
      | NX GT    | (error) ERR NX and XX, GT or LT options at the same time are not compatible |
      | LT NX    | (error) ERR NX and XX, GT or LT options at the same time are not compatible |
      | GT LT    | (error) ERR GT and LT options at the same time are not compatible           |
      | XX GT LT | (error) ERR GT and LT options at the same time are not compatible           |
      | KEEPTTL  | (error) ERR Unsupported option KEEPTTL                                       |
      | nx foo   | (error) ERR Unsupported option foo                                           |

  Scenario: the options are checked before the time
    Given the client runs "SET k v"
    When the client runs "EXPIRE k soon FOREVER"
    Then the reply is (error) ERR Unsupported option FOREVER

  # ---------------------------------------------------------------- invalid times

  Scenario Outline: <command> with the time <time> is not an integer
    Given the client runs "SET k v"
    When the client runs "<command> k <time>"
    Then the reply is (error) ERR value is not an integer or out of range

    Examples:
      | command   | time                |
      | EXPIRE    | soon                |
      | PEXPIRE   | 1.5                 |
      | EXPIREAT  | 9223372036854775808 |
      | PEXPIREAT | ''                  |

  Scenario Outline: <command> with the time <time> would overflow
    Given the client runs "SET k v"
    When the client runs "<command> k <time>"
    Then the reply is (error) ERR invalid expire time in '<name>' command
    And "TTL k" replies (integer) -1

    Examples: the conversion to milliseconds overflows
      | command  | time                 | name     |
      | EXPIRE   | 9223372036854776     | expire   |
      | EXPIRE   | -9223372036854776    | expire   |
      | EXPIREAT | 9223372036854775807  | expireat |

    Examples: adding the current time overflows
      | command | time                | name    |
      | EXPIRE  | 9223372036854775    | expire  |
      | PEXPIRE | 9223372036854775807 | pexpire |

  Scenario: the largest absolute time in milliseconds is accepted
    Given the client runs "SET k v"
    When the client runs "PEXPIREAT k 9223372036854775807"
    Then the reply is (integer) 1
    And "PEXPIRETIME k" replies (integer) 9223372036854775807
    And "EXPIRETIME k" replies (integer) 9223372036854776

  Scenario: the largest absolute time in seconds is accepted
    Given the client runs "SET k v"
    When the client runs "EXPIREAT k 9223372036854775"
    Then the reply is (integer) 1
    And "PEXPIRETIME k" replies (integer) 9223372036854775000

  # ---------------------------------------------------------------- reading the time to live

  Scenario Outline: <command> of a missing key is -2
    When the client runs "<command> missing"
    Then the reply is (integer) -2

    Examples:
      | command     |
      | TTL         |
      | PTTL        |
      | EXPIRETIME  |
      | PEXPIRETIME |

  Scenario Outline: <command> of a key without a time to live is -1
    Given the client runs "SET k v"
    When the client runs "<command> k"
    Then the reply is (integer) -1

    Examples:
      | command     |
      | TTL         |
      | PTTL        |
      | EXPIRETIME  |
      | PEXPIRETIME |

  Scenario: TTL rounds to the nearest second
    Given the client runs:
      """
      SET k v
      PEXPIRE k 2900
      """
    When the client runs "TTL k"
    Then the reply is (integer) 3

  Scenario Outline: <command> needs exactly one key
    When the client runs "<command> a b"
    Then the reply is (error) ERR wrong number of arguments for '<name>' command

    Examples:
      | command     | name        |
      | TTL         | ttl         |
      | PTTL        | pttl        |
      | EXPIRETIME  | expiretime  |
      | PEXPIRETIME | pexpiretime |
      | PERSIST     | persist     |

  # ---------------------------------------------------------------- PERSIST

  Scenario: PERSIST removes the time to live
    Given the client runs:
      """
      SET k v
      EXPIRE k 100
      """
    When the client runs "PERSIST k"
    Then the reply is (integer) 1
    And "TTL k" replies (integer) -1
    And "GET k" replies "v"

  Scenario: PERSIST of a key without a time to live changes nothing
    Given the client runs "SET k v"
    When the client runs "PERSIST k"
    Then the reply is (integer) 0

  Scenario: PERSIST of a missing key changes nothing
    When the client runs "PERSIST missing"
    Then the reply is (integer) 0

  Scenario: a key made persistent outlives its former time to live
    Given the client runs:
      """
      SET k v
      PEXPIRE k 100
      PERSIST k
      """
    When the client waits 150 ms
    Then "GET k" replies "v"
