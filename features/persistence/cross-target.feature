@persistence @rdb @cross-target
Feature: RDB files move between Redis and the reference server
  A dump written by one kind of server loads into the other with the same dataset and DEBUG DIGEST:
  the reference server writes what Redis 7.0 reads, and reads what Redis 7.0 writes. (The scenarios
  start the other kind next to the target: real Redis next to the reference server and back.)

  @needs:files @needs:debug
  Scenario Outline: A dump of <what> loads into the other kind of server unchanged
    Given the client runs:
      """
      <setup>
      """
    When the client runs "SAVE"
    And the dump is loaded into the other kind of server
    Then the other server holds the same dataset

    Examples:
      | what                            | setup                                                                                                    |
      | strings in every encoding       | MSET int8 7 int16 -300 int32 70000 wide 123456789012 short hello float 3.14 empty ""                     |
      | a long compressible string      | SET lzf aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbb |
      | keys with expire times          | SET e1 v PXAT 4102444800000                                                                              |
      | a small list                    | RPUSH l a b 1 -2 65536                                                                                   |
      | an intset                       | SADD s 1 2 -3 100000                                                                                     |
      | a set of strings                | SADD s a b c                                                                                             |
      | a listpack hash                 | HSET h f1 v1 f2 2                                                                                        |
      | a sorted set with inf scores    | ZADD z 1.5 a -2 b inf c -inf d                                                                           |

  @needs:files @needs:debug
  Scenario Outline: A dump of <what> loads into the other kind of server unchanged
    Given the client runs "<command>" followed by "<item>" for n from 1 to <n>
    When the client runs "SAVE"
    And the dump is loaded into the other kind of server
    Then the other server holds the same dataset

    Examples:
      | what                            | command  | item             | n    |
      | a list of many nodes            | RPUSH k  | item:{n}         | 3000 |
      | a hashtable set                 | SADD k   | m{n}             | 600  |
      | a set of 600 integers           | SADD k   | {n}              | 600  |
      | a hashtable hash                | HSET k   | f{n} v{n}        | 600  |
      | a skiplist sorted set           | ZADD k   | {n} member:{n}   | 200  |

  @needs:files @needs:debug @needs:config
  Scenario: A dump of a list with compressed nodes loads into the other kind unchanged
    Given the config "list-compress-depth" is set to "1"
    And the client runs "RPUSH k" followed by "compressible-item-{n}" for n from 1 to 3000
    When the client runs "SAVE"
    And the dump is loaded into the other kind of server
    Then the other server holds the same dataset

  @needs:files @needs:debug
  Scenario: A dump with many keys, some expiring, in several databases loads into the other kind unchanged
    Given the keys "k:{n}" for n from 1 to 5000 hold "value-{n}"
    And the client runs:
      """
      SET far v PXAT 4102444800000
      SELECT 2
      SET two 2
      SELECT 15
      SET fifteen 15
      """
    When the client runs "SAVE"
    And the dump is loaded into the other kind of server
    Then the other server holds the same dataset
