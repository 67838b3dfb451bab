@needs:debug
Feature: DEBUG DIGEST and DEBUG DIGEST-VALUE
  A digest is a SHA1-based fingerprint of the data: the same keys with the same values (and the same
  databases, and an expire or not) give the same 40 hex digits on any server, whatever the encodings,
  the order the keys were written in or the shape of the hash tables. The time of an expire is left out.
  The expected digests were computed by Redis 7.0.15 on the same data.

  Scenario: An empty dataset digests to forty zeros
    When the client runs "DEBUG DIGEST"
    Then the reply is 0000000000000000000000000000000000000000

  Scenario: A dataset of strings digests as in Redis
    Given the client runs:
      """
      SET a 1
      SET bb hello
      """
    When the client runs "DEBUG DIGEST"
    Then the reply is 063d3f30671e15dad76dcc5e4cb6ba011d8538a6

  Scenario Outline: A key's expire is part of the digest, but not its time (<how>)
    Given the client runs:
      """
      SET a 1
      SET bb hello
      <command>
      """
    When the client runs "DEBUG DIGEST"
    Then the reply is 9e6804fc45304050bab67738d930166936eeb3c8

    Examples:
      | how                     | command                   |
      | EXPIRE in seconds       | EXPIRE a 100              |
      | PEXPIRE in milliseconds | PEXPIRE a 123456789       |
      | EXPIREAT a date         | EXPIREAT a 4102444800     |

  Scenario: The database a key lives in is part of the digest
    Given the client runs:
      """
      SELECT 5
      SET a 1
      """
    When the client runs "DEBUG DIGEST"
    Then the reply is b85608d4766e2017d22d4b0b43bcf40438d24a06

  Scenario: Keys written in any order digest the same
    Given for n from 1 to 1000, the client runs "SET k{n} v{n}"
    And the client runs "DEBUG DIGEST"
    And the reply is 0e03d8505051eaab0f8accbf710d526973393fb3
    When the client runs "FLUSHALL"
    And for n from 1000 to 1, the client runs "SET k{n} v{n}"
    When the client runs "DEBUG DIGEST"
    Then the reply is 0e03d8505051eaab0f8accbf710d526973393fb3

  Scenario: A hundred thousand keys, half of them with an expire, digest as in Redis
    Given for n from 1 to 100000, the client runs "SET key:{n} value:{n}"
    And the client runs "DEBUG DIGEST"
    And the reply is 813d20b567c7502402def5fdc8e0acf860865ada
    When for n from 1 to 50000, the client runs "EXPIREAT key:{n} 4102444800"
    And the client runs "DEBUG DIGEST"
    Then the reply is 60d97330ebd7a47e017999c7530014ecf5e0d221

  Scenario: DIGEST-VALUE digests each value alone, and a missing key as zeros
    Given the client runs:
      """
      SET a 1
      SET bb hello
      """
    When the client runs "DEBUG DIGEST-VALUE a bb missing"
    Then the reply is:
      """
      1) b4fc66738120fba0b5aa500ab5c2bf89cea1c5da
      2) 36b23a1456b2dce2c3ed252c456761301dba8060
      3) 0000000000000000000000000000000000000000
      """

  Scenario: A value digests the same whatever its encoding
    Given the client runs:
      """
      SET int 12345
      SET raw 1234
      APPEND raw 5
      """
    When the client runs "DEBUG DIGEST-VALUE int raw"
    Then the reply is:
      """
      1) e1cf90774e995ae03de66e8109dc5cb9d9c2dc83
      2) e1cf90774e995ae03de66e8109dc5cb9d9c2dc83
      """

  Scenario: DIGEST-VALUE without keys is an empty array
    When the client runs "DEBUG DIGEST-VALUE"
    Then the reply is (empty array)

  Scenario: DIGEST takes no argument
    When the client runs "DEBUG DIGEST x"
    Then the reply is (error) ERR unknown subcommand or wrong number of arguments for 'DIGEST'. Try DEBUG HELP.
